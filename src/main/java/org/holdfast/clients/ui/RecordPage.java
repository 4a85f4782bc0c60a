package org.holdfast.clients.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.holdfast.clients.RecordSection;

/**
 * Marks the view that shows one section of a client's record, so that {@link RecordLinks} finds it by
 * its class among the app's routes: the record's tabs and the links between modules are built from the
 * view class and its route parameters, not from addresses typed as strings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecordPage {

    RecordSection value();
}
