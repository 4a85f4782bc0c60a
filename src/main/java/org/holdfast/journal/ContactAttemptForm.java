package org.holdfast.journal;

import org.holdfast.plans.Channel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "They contacted me": a record that may later support a harassment complaint, so kept as said. */
public class ContactAttemptForm extends JournalForm {

    public static final int SENDER_MAX = 300;
    public static final int CONTENT_MAX = 4000;

    @NotNull(message = "Choose how they got in touch")
    private Channel channel;

    @NotBlank(message = "Write who it came from exactly as shown (a number, a handle, a name)")
    @Size(max = SENDER_MAX, message = "Up to 300 characters here")
    private String sender;

    private boolean viaThirdParty;

    @NotBlank(message = "Write what was said or done, word for word where you can")
    @Size(max = CONTENT_MAX, message = "Up to 4,000 characters here. Nothing is lost: shorten it a little and save again")
    private String content;

    private boolean responded;

    @NotNull(message = "Pick how safe you feel right now, from 0 (not safe at all) to 10 (completely safe)")
    @Min(value = 0, message = "Safety goes from 0 (not safe at all) to 10 (completely safe)")
    @Max(value = 10, message = "Safety goes from 0 (not safe at all) to 10 (completely safe)")
    /** At this or below, "how safe do you feel" raises a safety flag for the clinician, as "I don't feel safe" does. */
    public static final int UNSAFE_AT_MOST = 2;

    private Integer safety;

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public boolean isViaThirdParty() {
        return viaThirdParty;
    }

    public void setViaThirdParty(boolean viaThirdParty) {
        this.viaThirdParty = viaThirdParty;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public boolean isResponded() {
        return responded;
    }

    public void setResponded(boolean responded) {
        this.responded = responded;
    }

    public Integer getSafety() {
        return safety;
    }

    public void setSafety(Integer safety) {
        this.safety = safety;
    }
}
