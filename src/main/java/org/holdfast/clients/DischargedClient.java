package org.holdfast.clients;

import java.time.Instant;

/** A discharged client as the retention review lists them: who, whose client they were, and since when discharged. */
public record DischargedClient(long id, String displayName, long clinicianId, Instant dischargedAt) {

    static DischargedClient of(Client client) {
        return new DischargedClient(client.getId(), client.getDisplayName(), client.getClinicianId(), client.getDischargedAt());
    }
}
