package org.holdfast.shell;

import org.holdfast.shared.PracticeSettings;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Every page in the practice's locale, whatever the browser says: date, time and date-time pickers take
 * their order of day and month and their 12- or 24-hour clock from it. A browser set to US English would
 * otherwise read "04/12/2026" as 12 April, while every other date in the portal is day-first.
 */
@Component
class PracticeLocale implements VaadinServiceInitListener {

    private final PracticeSettings settings;

    PracticeLocale(PracticeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(settings.locale()));
    }
}
