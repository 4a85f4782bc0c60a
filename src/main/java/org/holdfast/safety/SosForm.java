package org.holdfast.safety;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the urge support page sends when the client says how it went. */
public record SosForm(@NotNull Instant startedAt,
        @NotNull(message = "Choose how it went") SosOutcome outcome,
        @NotNull(message = "Say how strong the urge is, from 0 to 10: it goes into your journal as an urge")
        @Min(value = 0, message = "The urge goes from 0 (none) to 10 (overwhelming)")
        @Max(value = 10, message = "The urge goes from 0 (none) to 10 (overwhelming)") Integer strength) {
}
