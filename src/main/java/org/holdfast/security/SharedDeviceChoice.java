package org.holdfast.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A client's choices for a device someone else may pick up. */
@Entity
class SharedDeviceChoice {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private boolean discreet;

    @Column(name = "coping_plan_on_device", nullable = false)
    private boolean copingPlanOnDevice;

    @Column(name = "quick_exit_explained", nullable = false)
    private boolean quickExitExplained;

    protected SharedDeviceChoice() {
    }

    SharedDeviceChoice(long accountId) {
        this.accountId = accountId;
    }

    SharedDevice.Choices choices() {
        return new SharedDevice.Choices(discreet, copingPlanOnDevice, quickExitExplained);
    }

    void choose(boolean discreet, boolean copingPlanOnDevice) {
        this.discreet = discreet;
        this.copingPlanOnDevice = copingPlanOnDevice;
    }

    void quickExitExplained() {
        this.quickExitExplained = true;
    }
}
