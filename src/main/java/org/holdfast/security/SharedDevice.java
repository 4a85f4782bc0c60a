package org.holdfast.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client on a phone someone else may pick up. Discreet mode gives the app, its tab titles, icon and installed
 * name a neutral face; keeping the coping plan on the device lets the offline page show it. Staff and strangers
 * always see the ordinary app.
 */
@Service
public class SharedDevice {

    /** The neutral name the app goes by in discreet mode: in tab titles, on the home screen, in the task switcher. */
    public static final String DISCREET_NAME = "Daily notes";

    public record Choices(boolean discreet, boolean copingPlanOnDevice, boolean quickExitExplained) {
        public static final Choices NONE = new Choices(false, false, false);

        public AppIdentity identity() {
            return discreet ? AppIdentity.DISCREET : AppIdentity.HOLDFAST;
        }
    }

    /** How the app presents itself: its name, a short name for the home screen, and its icon. */
    public record AppIdentity(String name, String shortName, String icon) {
        public static final AppIdentity HOLDFAST = new AppIdentity("Holdfast", "Holdfast", "icons/holdfast.svg");
        public static final AppIdentity DISCREET = new AppIdentity(DISCREET_NAME, "Notes", "icons/notes.svg");
    }

    private final CurrentUser currentUser;
    private final SharedDeviceChoiceRepository choices;

    SharedDevice(CurrentUser currentUser, SharedDeviceChoiceRepository choices) {
        this.currentUser = currentUser;
        this.choices = choices;
    }

    /** The signed-in client's choices; none for staff or a stranger. */
    @Transactional(readOnly = true)
    public Choices current() {
        return currentUser.find()
                .filter(user -> user.role() == Role.CLIENT)
                .flatMap(user -> choices.findById(user.accountId()))
                .map(SharedDeviceChoice::choices)
                .orElse(Choices.NONE);
    }

    public AppIdentity identity() {
        return current().identity();
    }

    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public Choices choose(boolean discreet, boolean copingPlanOnDevice) {
        SharedDeviceChoice choice = own();
        choice.choose(discreet, copingPlanOnDevice);
        return choice.choices();
    }

    /** The quick exit's first-use note is shown once; this records that it was. */
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public void quickExitExplained() {
        own().quickExitExplained();
    }

    private SharedDeviceChoice own() {
        long accountId = currentUser.accountId();
        return choices.findById(accountId).orElseGet(() -> choices.save(new SharedDeviceChoice(accountId)));
    }
}
