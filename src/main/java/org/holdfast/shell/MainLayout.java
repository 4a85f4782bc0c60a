package org.holdfast.shell;

import org.holdfast.integrity.RecordCheck;
import org.holdfast.security.CurrentUser;
import org.holdfast.security.Role;
import org.holdfast.security.SecondFactors;
import org.holdfast.security.SharedDevice;
import org.holdfast.shared.QuickExitSettings;
import org.holdfast.shared.ui.QuickExit;
import org.jsoup.nodes.Entities;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
// The menu is the side nav's own markup (see navigation): these bring its web components into the bundle.
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
@Uses(DrawerToggle.class)
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

        boolean client = currentUser.is(Role.CLIENT);
        boolean signedIn = currentUser.find().isPresent();
        Div navbar = new Div();
        navbar.addClassName("navbar");
        navbar.getElement().appendChild(fixedBar(choices, client, signedIn, quickExit));
        Div drawer = navigation(discreet);
        if (client && !choices.quickExitExplained()) {
            navbar.add(quickExitNote(sharedDevice));
        }
        currentUser.find().ifPresent(user -> {
            Span who = new Span(user.displayName() + " · " + user.role().label());
            who.addClassName("who");
            // Its icon is a Flow component on every signed-in page, so it also brings Vaadin's icon set, from which the
            // menu's markup (and Today's quick links) draw theirs: markup alone does not load it.
            Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            // Who is signed in, and the way out, sit at the foot of the drawer: the top bar keeps its room
            // for what must be one tap away.
            Div account = new Div(who, signOut);
            account.addClassName("drawer-account");
            if (secondFactors.gate() == SecondFactors.Gate.OFFER) {
                drawer.add(secondFactorOffer());
            }
            drawer.add(account);
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

    /**
     * What the top bar always shows, as markup in one element laid out as the bar's own items: the menu toggle, the
     * practice's name and, for a client or a stranger, the lifelines and the quick exit. None of it needs the server
     * (the toggle opens the drawer in the browser, the lifelines are links, the exit has its script), so none of it
     * is a component an open tab keeps. In discreet mode the lifelines keep their place but not their alarm: plain
     * words, plain colours.
     */
    private static Element fixedBar(SharedDevice.Choices choices, boolean client, boolean signedIn,
            QuickExitSettings quickExit) {
        StringBuilder bar = new StringBuilder("<vaadin-drawer-toggle aria-label=\"Menu\"></vaadin-drawer-toggle>")
                .append("<span class=\"brand").append(signedIn ? " brand-signed-in" : "").append("\">")
                .append(Entities.escape(choices.identity().name())).append("</span>");
        if (client) {
            // One tap from every client page, on a phone too: the drawer would be two.
            String plain = choices.discreet() ? " navbar-lifeline-plain" : "";
            bar.append("<a href=\"pause\" class=\"navbar-sos").append(plain).append("\">")
                    .append(choices.discreet() ? "Pause" : "Urge support").append("</a>")
                    .append("<a href=\"help\" class=\"navbar-unsafe").append(plain).append("\">")
                    .append(choices.discreet() ? "Help now" : "I don't feel safe").append("</a>");
        }
        if (client || !signedIn) {
            bar.append(QuickExit.markup(quickExit));
        }
        Element fixed = new Element("div");
        fixed.getClassList().add("navbar-fixed");
        fixed.setProperty("innerHTML", bar.toString());
        return fixed;
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

    /**
     * The menu as the side-nav web components' own markup in one element, not a component per item: a menu item is
     * a link the browser and Flow's router follow without the server, and ten of them as components (each with its
     * icon and label) held about 35 KB per open tab, as much as the rest of a client's Today page. The side nav
     * still marks the current page itself. Identical menus share one string.
     */
    private static Div navigation(boolean discreet) {
        StringBuilder items = new StringBuilder();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            String title = discreet ? plainTitle(path, entry.title()) : entry.title();
            items.append("<vaadin-side-nav-item path=\"").append(Entities.escape(path)).append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"").append(Entities.escape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            items.append(Entities.escape(title)).append("</vaadin-side-nav-item>");
        });
        Element nav = new Element("vaadin-side-nav");
        nav.setProperty("innerHTML", items.toString().intern());
        Div drawer = new Div();
        drawer.getElement().appendChild(nav);
        drawer.addClassName("drawer");
        return drawer;
    }

    /** The lifelines' menu entries, as plainly as the top bar names them in discreet mode. */
    private static String plainTitle(String path, String title) {
        return switch (path) {
            case "help" -> "Help now";
            case "pause" -> "Pause";
            default -> title;
        };
    }
}
