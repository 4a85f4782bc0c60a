package org.holdfast.clients;

/** What other modules and views need to know about a client: never the entity itself. */
public record ClientSummary(long id, String displayName, long clinicianId, long accountId, String pronouns,
        ClientStatus status) {

    static ClientSummary of(Client client) {
        return new ClientSummary(client.getId(), client.getDisplayName(), client.getClinicianId(),
                client.getAccountId(), client.getPronouns(), client.getStatus());
    }

    public boolean discharged() {
        return status == ClientStatus.DISCHARGED;
    }
}
