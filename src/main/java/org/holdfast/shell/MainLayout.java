package org.holdfast.shell;

import org.holdfast.security.CurrentUser;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.Role;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Wraps every route. Navigation is built from the views' {@code @Menu} annotations and lists only the
 * views the signed-in role may open, so this layout imports no feature and no feature imports it.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, SecondFactors secondFactors, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Holdfast");
        brand.addClassName("brand");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand);
        navbar.addClassName("navbar");
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();

        Div drawer = navigation();
        currentUser.find().ifPresent(user -> {
            if (user.role() == Role.CLIENT) {
                // One tap from every client page, on a phone too: the drawer would be two.
                Anchor sos = new Anchor("sos", "Urge support");
                sos.addClassName("navbar-sos");
                Anchor unsafe = new Anchor("safety", "I don't feel safe");
                unsafe.addClassName("navbar-unsafe");
                navbar.add(sos, unsafe);
            }
            Span who = new Span(user.displayName() + " · " + user.role().label());
            who.addClassName("who");
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            // Who is signed in, and the way out, sit at the foot of the drawer: the top bar keeps its room
            // for what must be one tap away.
            Div account = new Div(who, signOut);
            account.addClassName("drawer-account");
            if (secondFactors.gate() == SecondFactors.Gate.OFFER) {
                drawer.add(secondFactorOffer());
            }
            drawer.add(account);
            navbar.expand(brand);
        });
        addToNavbar(navbar);
        addToDrawer(drawer);
    }

    /**
     * Where a second factor is offered to staff rather than required (the demo), the invitation stays in the
     * drawer until one is set up: in view, but never over the page's own buttons.
     */
    private static Div secondFactorOffer() {
        Anchor setUp = new Anchor("account/security", "Set one up");
        Div offer = new Div(new Span("No second factor yet: an authenticator app or a passkey keeps a stolen password "
                + "from opening client records."), setUp);
        offer.addClassName("second-factor-offer");
        return offer;
    }

    private static Div navigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        });
        Div drawer = new Div(nav);
        drawer.addClassName("drawer");
        return drawer;
    }
}
