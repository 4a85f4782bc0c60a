package org.holdfast.security.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.holdfast.security.AccountService;
import org.holdfast.security.AccountService.AccountSummary;
import org.holdfast.security.ActivationLink;
import org.holdfast.security.CurrentUser;
import org.holdfast.shared.ui.ActivationLinkPanel;
import org.holdfast.security.Role;
import org.holdfast.security.UsernameTakenException;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The practice manager's home: who has an account, in which role, and whether they have activated it.
 * Staff are invited here with a one-time activation link, as clients are by their clinician; a lost or
 * expired link is replaced from the same list. No clinical content.
 */
@Route("admin/users")
@PageTitle("Accounts · Holdfast")
@Menu(title = "Accounts", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    final Grid<AccountSummary> grid = new Grid<>();
    final Button invite = new Button("Invite staff", VaadinIcon.PLUS.create());
    /** The dialog last opened, for tests; a new one each time. */
    Dialog dialog;
    private final AccountService accounts;
    private final Clock clock;
    private final CurrentUser currentUser;

    public UsersView(AccountService accounts, Clock clock, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader("Username").setSortProperty("username").setFlexGrow(3);
        grid.addColumn(a -> a.role().label()).setHeader("Role").setSortProperty("role").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AccountSummary::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Dates.format(LocalDate.ofInstant(a.createdAt(), clock.getZone())))
                .setHeader("Created").setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.list(toSpringPageRequest(query)).stream());
        grid.setSizeFull();

        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(e -> openInvite());
        HorizontalLayout header = new HorizontalLayout(new H1("Accounts"), invite);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header, grid);
    }

    private void openInvite() {
        dialog = new Dialog();
        dialog.setWidth("min(40rem, 100vw)");
        dialog.setHeaderTitle("Invite a member of staff");
        TextField name = new TextField("Name");
        name.setWidthFull();
        EmailField email = new EmailField("Email address they sign in with");
        email.setWidthFull();
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(List.of(Role.CLINICIAN, Role.ADMIN));
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.CLINICIAN);
        Button create = new Button("Create account and link");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                ActivationLink link = accounts.inviteStaff(email.getValue(), name.getValue(), role.getValue());
                dialog.removeAll();
                dialog.getFooter().removeAll();
                dialog.add(linkPanel(name.getValue().strip(), link));
                dialog.getFooter().add(new Button("Done", done -> dialog.close()));
                grid.getDataProvider().refreshAll();
            } catch (UsernameTakenException taken) {
                email.setErrorMessage(taken.getMessage());
                email.setInvalid(true);
            } catch (IllegalArgumentException incomplete) {
                name.setErrorMessage(incomplete.getMessage());
                name.setInvalid(true);
            }
        });
        dialog.add(new VerticalLayout(name, email, role));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }

    /** What the manager can do with a row: a new link while awaiting activation, else unlock and disable or enable. */
    private HorizontalLayout actions(AccountSummary a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (a.awaitingActivation()) {
            actions.add(small("New activation link", "New activation link for " + a.displayName(), () -> resend(a)));
            return actions;
        }
        if (a.locked()) {
            actions.add(small("Unlock", "Unlock " + a.displayName(), () -> accounts.unlock(a.id())));
        }
        if (a.disabled()) {
            actions.add(small("Enable", "Enable sign-in for " + a.displayName(), () -> accounts.enable(a.id())));
        } else if (a.id() != currentUser.accountId()) {
            actions.add(small("Disable", "Disable sign-in for " + a.displayName(), () -> accounts.disable(a.id())));
        }
        if (a.id() != currentUser.accountId()) {
            actions.add(small("Reset link", "Password reset link for " + a.displayName(), () -> reset(a)));
        }
        return actions;
    }

    private Button small(String text, String ariaLabel, Runnable action) {
        Button button = new Button(text, e -> {
            action.run();
            grid.getDataProvider().refreshAll();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(ariaLabel);
        return button;
    }

    private void resend(AccountSummary account) {
        dialog = new Dialog();
        dialog.setWidth("min(40rem, 100vw)");
        dialog.setHeaderTitle("New activation link for " + account.displayName());
        dialog.add(linkPanel(account.displayName(), accounts.resendActivation(account.id())),
                new Paragraph("Any earlier link for " + account.displayName() + " no longer works."));
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    /**
     * A forgotten password: a one-time link that sets a new one. Asked first, since it signs the person out on
     * every device at once (whoever is signed in with the old password loses the session too).
     */
    private void reset(AccountSummary account) {
        dialog = new Dialog();
        dialog.setWidth("min(40rem, 100vw)");
        dialog.setHeaderTitle("Password reset link for " + account.displayName());
        Paragraph warning = new Paragraph(account.displayName() + " will be signed out on every device at once. "
                + "Their current password keeps working until they set a new one through the link.");
        Button make = new Button("Sign out and make link", e -> {
            ActivationLinkPanel panel = linkPanel(account.displayName(), accounts.issuePasswordReset(account.id()));
            panel.link.setLabel("Reset link");
            dialog.removeAll();
            dialog.getFooter().removeAll();
            dialog.add(panel, new Paragraph(account.displayName() + " is signed out everywhere. Any earlier link "
                    + "no longer works."));
            dialog.getFooter().add(new Button("Done", done -> dialog.close()));
        });
        make.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(warning);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), make);
        dialog.open();
    }

    /** The link, shown once, to hand over in person or through a channel only they use. */
    private ActivationLinkPanel linkPanel(String name, ActivationLink link) {
        return new ActivationLinkPanel(name, link.path(), link.expiresAt(), clock.getZone(), "here, under Accounts");
    }
}
