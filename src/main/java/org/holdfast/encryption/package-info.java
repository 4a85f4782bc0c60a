/**
 * Client content at rest: every free text a client or their clinician writes about the client is stored encrypted
 * (AES-256-GCM, Google Tink) under a data key of that client's own, and each data key is stored wrapped by the
 * practice's master key, which never enters the database (envelope encryption). Entities hold such text as
 * {@link org.holdfast.encryption.SealedText} through {@link org.holdfast.encryption.SealedTextConverter}, so services
 * and views read and write plain strings. Destroying a client's data key ({@link org.holdfast.encryption.ClientKeys#destroy})
 * makes every copy of their text unreadable, backups included.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.holdfast.encryption;
