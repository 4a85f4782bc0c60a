/**
 * Retention and erasure: how long the practice keeps a discharged client's record, the list of records kept past
 * it, and erasing a record in two steps (a request by the client or the practice manager, then the manager's
 * approval with a reason). Erasing destroys the client's data key first, then deletes their rows
 * ({@link org.holdfast.clients.ClientErasure}); what stays is the request, by client number, and a line in the audit
 * log, neither holding anything the client wrote.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security",
        "security :: ui", "clients" })
package org.holdfast.erasure;
