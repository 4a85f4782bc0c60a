package org.holdfast.journal;

import java.util.EnumSet;
import java.util.Set;

import org.holdfast.plans.Channel;
import org.holdfast.plans.ExceptionReason;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "I made contact". With an {@link #exception} of the plan chosen it is permitted contact, logged
 * but not a slip.
 */
public class SlipForm extends JournalForm {

    @NotNull(message = "Choose how the contact happened")
    private Channel channel;

    @NotNull(message = "Choose who started it, or that it was indirect")
    private SlipDirection direction;

    private Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    /** One of the plan's exceptions, when the contact was inside it. */
    private ExceptionReason exception;

    @Size(max = TEXT_MAX, message = "Up to 2,000 characters here. Nothing is lost: shorten it a little and save again")
    private String whatHappened;

    @Size(max = TEXT_MAX, message = "Up to 2,000 characters here. Nothing is lost: shorten it a little and save again")
    private String feelNow;

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public SlipDirection getDirection() {
        return direction;
    }

    public void setDirection(SlipDirection direction) {
        this.direction = direction;
    }

    public Set<Trigger> getTriggers() {
        return triggers;
    }

    public void setTriggers(Set<Trigger> triggers) {
        this.triggers = triggers == null ? EnumSet.noneOf(Trigger.class) : triggers;
    }

    public ExceptionReason getException() {
        return exception;
    }

    public void setException(ExceptionReason exception) {
        this.exception = exception;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getFeelNow() {
        return feelNow;
    }

    public void setFeelNow(String feelNow) {
        this.feelNow = feelNow;
    }
}
