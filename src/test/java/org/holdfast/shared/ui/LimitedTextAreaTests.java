package org.holdfast.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;

class LimitedTextAreaTests {

    static class Note {
        String text = "";
    }

    private final LimitedTextArea area = new LimitedTextArea("Note", 100);
    private final Binder<Note> binder = new Binder<>();

    LimitedTextAreaTests() {
        binder.forField(area).bind(n -> n.text, (n, text) -> n.text = text);
        binder.setBean(new Note());
    }

    @Test
    void pastedTextLongerThanTheLimitIsKeptWholeAndTheBrowserCutsNothing() {
        area.setValue("x".repeat(130));

        assertThat(area.getValue()).hasSize(130);
        assertThat(area.getElement().hasProperty("maxlength")).isFalse();
        assertThat(area.getElement().hasAttribute("maxlength")).isFalse();
    }

    @Test
    void saysHowMuchToCutAndRefusesUntilItFits() {
        area.setValue("x".repeat(130));

        assertThat(binder.validate().isOk()).isFalse();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("30 characters too long: shorten it to save");

        area.setValue("x".repeat(100));

        assertThat(binder.validate().isOk()).isTrue();
        assertThat(area.isInvalid()).isFalse();
    }

    @Test
    void oneCharacterOverIsSaidInTheSingular() {
        area.setValue("x".repeat(101));

        assertThat(area.checkLength()).isFalse();
        assertThat(area.getErrorMessage()).isEqualTo("1 character too long: shorten it to save");
    }

    @Test
    void theCountAppearsAsTheLimitNears() {
        Span count = (Span) area.getSuffixComponent();
        area.setValue("x".repeat(10));
        assertThat(count.isVisible()).isFalse();

        area.setValue("x".repeat(95));

        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("95 / 100");
    }

    @Test
    void aMessageToSendSaysSend() {
        LimitedTextArea message = new LimitedTextArea("Message", 5);
        message.setLimitAction("send");
        message.setValue("too long");

        assertThat(message.checkLength()).isFalse();
        assertThat(message.getErrorMessage()).isEqualTo("3 characters too long: shorten it to send");
    }

    @Test
    void emojiCountAsOneCharacterEach() {
        LimitedTextArea shortNote = new LimitedTextArea("Note", 3);
        shortNote.setValue("🙂🙂🙂");

        assertThat(shortNote.checkLength()).isTrue();
    }
}
