package org.holdfast.audit;

import java.io.Serializable;
import java.util.Objects;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One client named by an audit row that read several clients at once (a caseload page): the row is
 * written once, and each client's "Who has looked" finds it through here. Insert-only, like the row.
 */
@Entity
@Immutable
@Table(name = "audit_event_client")
@IdClass(AuditEventClient.Key.class)
class AuditEventClient {

    @Id
    @Column(name = "event_id", updatable = false)
    private long eventId;

    @Id
    @Column(name = "client_id", updatable = false)
    private long clientId;

    protected AuditEventClient() {
    }

    long getEventId() {
        return eventId;
    }

    long getClientId() {
        return clientId;
    }

    static class Key implements Serializable {
        private long eventId;
        private long clientId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.eventId == eventId && key.clientId == clientId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, clientId);
        }
    }
}
