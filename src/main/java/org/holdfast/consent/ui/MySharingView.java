package org.holdfast.consent.ui;

import org.holdfast.shared.Dates;
import java.time.ZoneId;

import org.holdfast.consent.ConsentChange;
import org.holdfast.consent.ConsentService;
import org.holdfast.consent.ConsentState;
import org.holdfast.consent.SharingLevel;
import org.holdfast.security.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The client decides what their clinician sees of their journal; a change applies at once. */
@Route("my-sharing")
@PageTitle("Sharing · Holdfast")
@Menu(title = "Sharing", order = 40, icon = "vaadin:eye")
@RolesAllowed(Role.CLIENT_NAME)
@StyleSheet("styles/journal.css")
public class MySharingView extends VerticalLayout {


    final RadioButtonGroup<SharingLevel> level = new RadioButtonGroup<>("What your clinician sees of your journal");
    final Checkbox contactLog = new Checkbox("Share my log of their contact attempts");
    final Button save = new Button("Save my choice");
    final Paragraph current = new Paragraph();
    final UnorderedList history = new UnorderedList();

    private final ConsentService consent;

    public MySharingView(ConsentService consent) {
        this.consent = consent;
        addClassName("my-sharing-view");
        setMaxWidth("40rem");

        level.setItems(SharingLevel.values());
        level.setRenderer(new ComponentRenderer<>(l -> {
            Div item = new Div(new Span(l.label()));
            Paragraph explanation = new Paragraph(l.explanation());
            explanation.addClassName("level-explanation");
            item.add(explanation);
            return item;
        }));
        level.addClassName("sharing-levels");
        contactLog.setHelperText("Separate from the above. Dates, what they sent and how safe you felt. "
                + "Sharing it can help your clinician support a complaint or a protective order.");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());

        Paragraph intro = new Paragraph("Your journal is yours. You decide how much of it your clinician can see, and you "
                + "can change it at any time. A change applies straight away, to everything you have already written.");
        Paragraph perEntry = new Paragraph("With \"the entries I mark as shared\", you choose entry by entry under My journal.");
        Paragraph safety = new Paragraph("One thing is always shared: if you press \"I don't feel safe\", your clinician is "
                + "always told, whatever you choose here.");
        safety.addClassName("always-shared");
        current.addClassName("current-consent");
        history.addClassName("consent-history");
        // By address: the My data page belongs to the export module, which depends on this one.
        Anchor myData = new Anchor("my-data", "Download everything Holdfast keeps about you (My data)");
        myData.addClassName("my-data-link");
        add(new H1("Sharing"), intro, current, level, contactLog, save, perEntry, safety, new H3("Changes you made"), history,
                myData);
        show(consent.mine());
    }

    private void save() {
        try {
            if (level.getValue() == null) {
                level.setInvalid(true);
                level.setErrorMessage("Choose what you share");
                return;
            }
            show(consent.change(level.getValue(), contactLog.getValue()));
            Notification.show("Saved. It applies now.", 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } finally {
            save.setEnabled(true);
        }
    }

    private void show(ConsentState state) {
        level.setValue(state.level());
        contactLog.setValue(state.shareContactLog());
        current.setText(state.chosen()
                ? "Right now your clinician sees: " + inSentence(state.level()) + "."
                : "You have not chosen yet, so your clinician sees numbers only. Nothing you wrote.");
        history.removeAll();
        ZoneId zone = ZoneId.systemDefault();
        for (ConsentChange change : consent.myHistory()) {
            String contact = change.fromContactLog() == change.toContactLog() ? ""
                    : change.toContactLog() ? "; contact log shared" : "; contact log made private";
            history.add(new ListItem(Dates.dateTime(change.changedAt(), zone) + ": "
                    + inSentence(change.fromLevel()) + " → " + inSentence(change.toLevel()) + contact));
        }
        if (history.getChildren().findAny().isEmpty()) {
            history.add(new ListItem("No changes yet."));
        }
    }

    /** "Numbers and the entries I mark as shared" inside a sentence, keeping the capital I. */
    private static String inSentence(SharingLevel level) {
        return Character.toLowerCase(level.label().charAt(0)) + level.label().substring(1);
    }
}
