package org.holdfast.journal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Triggers as a comma-separated list of names: a small fixed set, always read with the entry. */
@Converter
class TriggersConverter implements AttributeConverter<Set<Trigger>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Trigger> triggers) {
        return triggers == null || triggers.isEmpty() ? null
                : triggers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Trigger> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(Trigger.class);
        }
        return Arrays.stream(column.split(",")).map(Trigger::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Trigger.class)));
    }
}
