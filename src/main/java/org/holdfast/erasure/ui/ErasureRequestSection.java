package org.holdfast.erasure.ui;

import java.time.LocalDate;
import java.util.Optional;

import org.holdfast.erasure.ErasureService;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The client asks for their record to be erased, or withdraws the request. Says plainly what erasure means, that the
 * practice decides, and that it cannot be undone; offers the download first.
 */
public class ErasureRequestSection extends Div {

    final Paragraph state = new Paragraph();
    final Button ask = new Button("Ask to erase my record…");
    final Button withdraw = new Button("Withdraw my request");
    /** The confirmation last opened, for tests. */
    Dialog confirm;
    private final ErasureService erasure;

    public ErasureRequestSection(ErasureService erasure) {
        this.erasure = erasure;
        addClassName("erasure-request");
        ask.addClickListener(e -> confirmAsk());
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        withdraw.addClickListener(e -> {
            erasure.withdrawMine();
            show(Optional.empty());
        });
        add(new H2("Erase my record"),
                new Paragraph("You can ask the practice to erase everything Holdfast keeps about you. Download your data "
                        + "first if you want a copy: once erased, nobody can get it back, not you, not your clinician, "
                        + "not from a backup. The practice manager decides, because the law may require the practice "
                        + "to keep a record for some years after your last session; your clinician can tell you how "
                        + "long."),
                state, ask, withdraw);
        show(erasure.myOpenRequest());
    }

    private void confirmAsk() {
        confirm = new Dialog();
        confirm.setHeaderTitle("Ask to erase your record?");
        confirm.add(new Paragraph("If the practice agrees, your check-ins, journal, the log of their contact attempts, "
                + "your plan, homework and account are erased for good, and you can no longer sign in. Until then "
                + "you can withdraw the request here."));
        Button yes = new Button("Ask to erase my record", e -> {
            show(Optional.of(erasure.requestMine()));
            confirm.close();
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.setDisableOnClick(true); // asked twice, it is still one request
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), yes);
        confirm.open();
    }

    private void show(Optional<LocalDate> asked) {
        state.setText(asked.map(day -> "You asked on " + Dates.format(day) + " for your record to be erased. The practice "
                + "manager will decide; your clinician can tell you what happens next.").orElse(""));
        state.setVisible(asked.isPresent());
        ask.setVisible(asked.isEmpty());
        withdraw.setVisible(asked.isPresent());
    }
}
