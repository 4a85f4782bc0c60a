package org.holdfast.erasure;

import java.time.LocalDate;

/**
 * A request as the practice manager's page lists it. {@code clientName} is null once the record is erased (the request
 * names the client by number then); {@code dischargedOn} is null while the client is still a client.
 */
public record ErasureRequestRow(long id, long clientId, String clientName, ErasureGrounds grounds, String requestedBy,
        LocalDate requestedOn, ErasureStatus status, LocalDate dischargedOn, String decidedBy, LocalDate decidedOn,
        String decisionReason) {

    public String client() {
        return clientName != null ? clientName : "Client #" + clientId;
    }
}
