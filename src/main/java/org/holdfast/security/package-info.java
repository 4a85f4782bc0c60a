/**
 * Accounts, roles, the signed-in user, the log-in view and the event that tells the audit log
 * someone read client content. Uses only {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.holdfast.security;
