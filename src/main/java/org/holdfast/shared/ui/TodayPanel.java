package org.holdfast.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something another module puts on the client's Today page when it has something due (a bean per module). The page
 * lists them without importing those modules, so Today stays upstream of everything that reports to it.
 */
public interface TodayPanel {

    /** A panel for the signed-in client's Today, or empty when nothing is due. Called on the UI thread. */
    Optional<Component> panel();
}
