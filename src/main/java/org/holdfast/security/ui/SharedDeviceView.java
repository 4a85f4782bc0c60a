package org.holdfast.security.ui;

import org.holdfast.security.Role;
import org.holdfast.security.SharedDevice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A client's settings for a phone or computer someone else may pick up. The page reloads after a change, so that
 * the tab, the icon and the installed app's name follow at once.
 */
@Route("settings")
@PageTitle("Settings · Holdfast")
@Menu(title = "Settings", order = 60, icon = "vaadin:cog")
@RolesAllowed(Role.CLIENT_NAME)
public class SharedDeviceView extends VerticalLayout {

    final Checkbox discreet = new Checkbox("Discreet mode");
    final Checkbox copingPlanOnDevice = new Checkbox("Keep my coping plan on this device");
    final Button save = new Button("Save settings");

    public SharedDeviceView(SharedDevice sharedDevice) {
        addClassName("settings-view");
        setMaxWidth("40rem");
        SharedDevice.Choices choices = sharedDevice.current();
        discreet.setValue(choices.discreet());
        discreet.setHelperText("The app is called \"" + SharedDevice.DISCREET_NAME + "\" with a plain icon: in the "
                + "browser tab, in your history and on your home screen. Today does not name the person in your plan, "
                + "and the help buttons look like any other button.");
        copingPlanOnDevice.setValue(choices.copingPlanOnDevice());
        copingPlanOnDevice.setHelperText("Your reasons, coping strategies and support contacts open even without a "
                + "connection. Anyone who can open this browser could read them. Quick exit removes them.");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            sharedDevice.choose(discreet.getValue(), copingPlanOnDevice.getValue());
            save.getUI().ifPresent(ui -> {
                // Off this device at once, not at the next visit to Today: the offline page shows it to anyone.
                if (!copingPlanOnDevice.getValue()) {
                    ui.getPage().executeJs("localStorage.removeItem('holdfast.coping-plan')");
                }
                ui.getPage().executeJs(discreet.getValue() ? "localStorage.setItem('holdfast.discreet', '1')"
                        : "localStorage.removeItem('holdfast.discreet')");
                ui.getPage().reload();
            });
        });

        Section device = new Section(new H2("On a shared phone or computer"),
                new Paragraph("If someone else may pick up this phone or computer, these make Holdfast less noticeable. "
                        + "They are kept with your account, so they follow you to any device you sign in on."),
                discreet, copingPlanOnDevice, save);
        device.addClassName("settings-device");
        Anchor safeUse = new Anchor("safe-use", "Using Holdfast safely");
        add(new H1("Settings"), device, new Paragraph(safeUse));
    }
}
