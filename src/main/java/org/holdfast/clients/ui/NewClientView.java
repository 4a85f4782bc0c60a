package org.holdfast.clients.ui;

import org.holdfast.clients.Client;
import org.holdfast.shared.ui.ActivationLinkPanel;
import org.holdfast.shared.ui.LimitedTextField;
import java.time.Clock;

import org.holdfast.clients.RecordSection;
import org.holdfast.clients.ClientCreated;
import org.holdfast.clients.ClientService;
import org.holdfast.clients.NewClientForm;
import org.holdfast.security.Role;
import org.holdfast.security.UsernameTakenException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** A clinician adds a client; the client gets an account and a one-time link to set a password. */
@Route("new-client")
@PageTitle("Add client · Holdfast")
@RolesAllowed(Role.CLINICIAN_NAME)
public class NewClientView extends VerticalLayout {

    final TextField displayName = new LimitedTextField("Name they want to be called", Client.DISPLAY_NAME_MAX);
    final EmailField email = new EmailField("Email address");
    final TextField pronouns = new LimitedTextField("Pronouns (optional)", NewClientForm.PRONOUNS_MAX);
    final ComboBox<String> timeZone = new ComboBox<>("Their time zone (optional)");
    final Button create = new Button("Add client");

    private final BeanValidationBinder<NewClientForm> binder = new BeanValidationBinder<>(NewClientForm.class);
    private final ClientService clients;

    private final Clock clock;

    public NewClientView(ClientService clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
        setMaxWidth("40rem");
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("That does not look like an email address (name@example.org)"));
        email.setHelperText("Becomes their username. The portal sends no email: you hand over the link yourself.");
        pronouns.setPlaceholder("e.g. she/her, they/them");
        timeZone.setItems(java.time.ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setPlaceholder(clock.getZone().getId() + " (the practice's)");
        timeZone.setHelperText("Their local time decides the hour of an urge or a slip in insights.");
        timeZone.setClearButtonVisible(true);
        binder.bindInstanceFields(this);
        binder.setBean(new NewClientForm());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(e -> create());
        FormLayout form = new FormLayout(displayName, email, pronouns, timeZone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Add a client"), form, create);
    }

    private void create() {
        try {
            if (!binder.validate().isOk()) {
                return;
            }
            ClientCreated created = clients.create(binder.getBean());
            removeAll();
            add(new H1(created.client().displayName() + " is on your caseload"),
                    new ActivationLinkPanel(created.client().displayName(), created.activationLink().path(),
                            created.activationLink().expiresAt(), clock.getZone(), "from the client's record"),
                    new Paragraph("Next: write their no-contact plan."));
            long id = created.client().id();
            RecordLinks.link("Open the plan", RecordSection.PLAN, id).ifPresent(this::add);
            RecordLinks.link("Open the record", RecordSection.OVERVIEW, id).ifPresent(this::add);
        } catch (UsernameTakenException taken) {
            email.setErrorMessage(taken.getMessage());
            email.setInvalid(true);
        } finally {
            create.setEnabled(true);
        }
    }
}
