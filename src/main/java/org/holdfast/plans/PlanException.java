package org.holdfast.plans;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Contact that cannot stop, kept to one channel and one topic: e.g. co-parenting, by text, "only
 * about the children". A mutable bean so that the editor can bind it row by row.
 */
public class PlanException {

    public static final int TOPIC_MAX = 200;

    @NotNull(message = "Choose why some contact continues (co-parenting, work, or property or a pet)")
    private ExceptionReason reason;

    @NotNull(message = "Choose the one channel this contact goes through")
    private Channel channel;

    @NotBlank(message = "Say what contact is limited to, for example \"only about the children\"")
    @Size(max = TOPIC_MAX, message = "Keep this to 200 characters or fewer")
    private String topic;

    public PlanException() {
    }

    public PlanException(ExceptionReason reason, Channel channel, String topic) {
        this.reason = reason;
        this.channel = channel;
        this.topic = topic;
    }

    public ExceptionReason getReason() {
        return reason;
    }

    public void setReason(ExceptionReason reason) {
        this.reason = reason;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanException e && reason == e.reason && channel == e.channel
                && Objects.equals(topic, e.topic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, channel, topic);
    }
}
