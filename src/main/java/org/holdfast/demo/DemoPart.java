package org.holdfast.demo;

/**
 * One module's share of the demo practice (plans, homework, sessions, ...), loaded after the
 * accounts, clients, first plans and check-ins exist. Ordered with {@code @Order}.
 */
interface DemoPart {

    void load(DemoContext demo);
}
