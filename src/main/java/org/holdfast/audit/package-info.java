/**
 * Who read which client's content, when and why. Learns of reads only through
 * {@link org.holdfast.security.ContentRead} events; nothing calls it directly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "security" })
package org.holdfast.audit;
