package org.holdfast.plans;

public enum PlanStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED, ENDED
}
