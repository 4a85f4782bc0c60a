package org.holdfast.encryption;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link SealedText} encrypted under its client's data key, and reads it back. Made by Hibernate through
 * Spring, so it has the keys; an entity names it with {@code @Convert(converter = SealedTextConverter.class)}.
 */
@Converter
public class SealedTextConverter implements AttributeConverter<SealedText, String> {

    private final ClientKeys keys;

    public SealedTextConverter(ClientKeys keys) {
        this.keys = keys;
    }

    @Override
    public String convertToDatabaseColumn(SealedText sealed) {
        if (sealed == null) {
            return null;
        }
        return sealed.stored() != null ? sealed.stored() : keys.seal(sealed.clientId(), sealed.text());
    }

    @Override
    public SealedText convertToEntityAttribute(String stored) {
        return stored == null ? null : keys.open(stored);
    }
}
