package org.holdfast.encryption;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Encryption of client content at rest ({@code holdfast.encryption.*}).
 *
 * @param masterKey     {@code holdfast.encryption.master-key} (environment {@code HOLDFAST_MASTER_KEY}): the master
 *                      key as a Tink keyset in JSON (or that JSON in Base64), never stored in the database
 * @param masterKeyFile {@code holdfast.encryption.master-key-file}: a file holding that keyset, read when none is given
 *                      directly, rewritten by {@code rotate-master-key}; written with a fresh key on first start only
 *                      when demo data is on
 * @param sealExisting  whether text stored before encryption (an upgrade, demo rows written by SQL) is encrypted at
 *                      start; off for commands that only read
 */
@ConfigurationProperties("holdfast.encryption")
record EncryptionSettings(String masterKey, @DefaultValue("./data/holdfast-master-key.json") String masterKeyFile,
        @DefaultValue("true") boolean sealExisting) {
}
