package org.holdfast.shell;

import org.holdfast.integrity.RecordCheck;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.SharedDevice;
import org.holdfast.shared.QuickExitSettings;
import org.holdfast.shared.ui.QuickExit;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Wraps every route. Navigation is built from the views' {@code @Menu} annotations and lists only the
 * views the signed-in role may open, so this layout imports no feature and no feature imports it.
 * <p>
 * A client, or a stranger on a page that needs no sign-in, always has the quick exit in view. In discreet mode
 * every tab title, and so every history entry, reads {@link SharedDevice#DISCREET_NAME}: the layout's dynamic
 * title comes before any view's {@code @PageTitle}, and is left out (null) otherwise.
 */
@Layout
@AnonymousAllowed
@JavaScript(QuickExit.SCRIPT)
public class MainLayout extends AppLayout implements HasDynamicTitle {

    private final boolean discreet;
    /** Staff only: shown while the last record check has failed, looked at again on every page. */
    private Div recordCheckAlert;
    private RecordCheck recordCheck;

    public MainLayout(CurrentUser currentUser, SecondFactors secondFactors, AuthenticationContext authentication,
            SharedDevice sharedDevice, QuickExitSettings quickExit, RecordCheck recordCheck) {
        setPrimarySection(Section.DRAWER);
        SharedDevice.Choices choices = sharedDevice.current();
        this.discreet = choices.discreet();

        Span brand = new Span(choices.identity().name());
        brand.addClassName("brand");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand);
        navbar.addClassName("navbar");
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();

        Div drawer = navigation(discreet);
        boolean client = currentUser.is(Role.CLIENT);
        if (client) {
            // One tap from every client page, on a phone too: the drawer would be two. In discreet mode they
            // keep their place but not their alarm: plain words, plain colours.
            Anchor sos = new Anchor("pause", discreet ? "Pause" : "Urge support");
            sos.addClassName("navbar-sos");
            Anchor unsafe = new Anchor("help", discreet ? "Help now" : "I don't feel safe");
            unsafe.addClassName("navbar-unsafe");
            if (discreet) {
                sos.addClassName("navbar-lifeline-plain");
                unsafe.addClassName("navbar-lifeline-plain");
            }
            navbar.add(sos, unsafe);
        }
        if (client || currentUser.find().isEmpty()) {
            navbar.add(new QuickExit(quickExit));
            if (client && !choices.quickExitExplained()) {
                navbar.add(quickExitNote(sharedDevice));
            }
        }
        currentUser.find().ifPresent(user -> {
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
        if (currentUser.is(Role.ADMIN) || currentUser.is(Role.CLINICIAN)) {
            recordCheckAlert = recordCheckAlert(currentUser.is(Role.ADMIN));
            recordCheckAlert.setVisible(false);
            navbar.add(recordCheckAlert);
            this.recordCheck = recordCheck;
        }
        addToNavbar(navbar);
        addToDrawer(drawer);
    }

    /** Until a check passes again: the records may have been changed by someone with access to the database. */
    private static Div recordCheckAlert(boolean manager) {
        Div alert = new Div(new Span(manager
                ? "The last check of the practice's records found something that does not match. "
                : "The last check of the practice's records found something that does not match. The practice "
                        + "manager has the details."));
        if (manager) {
            alert.add(new Anchor("admin/record-check", "See what it found"));
        }
        alert.addClassName("record-check-alert");
        alert.getElement().setAttribute("role", "alert");
        return alert;
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

    /**
     * The page itself is the main landmark, so a screen reader can jump past the top bar and the menu to it.
     * It is also a tab stop: the layout scrolls the page inside its own region, which a keyboard can only
     * scroll once something in it has focus, and a page of plain text (who has looked) has nothing else.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (recordCheckAlert != null) {
            recordCheckAlert.setVisible(recordCheck.lastRunFailed());
        }
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "0");
        }
    }

    @Override
    public String getPageTitle() {
        return discreet ? SharedDevice.DISCREET_NAME : null;
    }

    /**
     * Said once, the first time a client sees the exit: what it does and, as plainly, what it cannot do.
     */
    private static Div quickExitNote(SharedDevice sharedDevice) {
        Span text = new Span("Exit, or Shift pressed three times, leaves at once for an ordinary website, signs you out "
                + "and clears what this site keeps on this device. Anything you were writing is kept as a draft. "
                + "It cannot erase your browser history.");
        Anchor more = new Anchor("safe-use", "Using Holdfast safely");
        Div note = new Div(text, more);
        Button gotIt = new Button("Got it", e -> {
            sharedDevice.quickExitExplained();
            note.removeFromParent();
        });
        gotIt.addThemeVariants(ButtonVariant.SMALL);
        note.add(gotIt);
        note.addClassName("quick-exit-note");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    private static Div navigation(boolean discreet) {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String title = discreet ? plainTitle(entry.path(), entry.title()) : entry.title();
            SideNavItem item = entry.icon() == null ? new SideNavItem(title, entry.path())
                    : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        });
        Div drawer = new Div(nav);
        drawer.addClassName("drawer");
        return drawer;
    }

    /** The lifelines' menu entries, as plainly as the top bar names them in discreet mode. */
    private static String plainTitle(String path, String title) {
        return switch (path.startsWith("/") ? path.substring(1) : path) {
            case "help" -> "Help now";
            case "pause" -> "Pause";
            default -> title;
        };
    }
}
