package org.holdfast.demo;

import java.util.List;

/** Who is in the demo practice. Invented people; any likeness to a real person is chance. */
final class DemoPractice {

    static final String PASSWORD = "holdfast-demo";
    static final String ADMIN = "manager@demo.holdfast";

    record Clinician(String username, String name) {
    }

    /** How a client's weeks tend to go, so the caseload shows a believable spread. */
    enum Course {
        /** Hard first weeks, then urges ease and mood lifts; early slips only. */
        IMPROVING,
        /** Slips cluster on Friday and Saturday evenings. */
        WEEKEND_EVENINGS,
        /** Low, steady urges. */
        STEADY,
        /** Was doing well; the last week has gone badly. */
        STRUGGLING_RECENTLY,
        /** Stopped checking in several days ago. */
        GONE_QUIET
    }

    record DemoClient(String username, String name, int clinician, String personLabel, String relationship,
            String purpose, Integer periodDays, int historyDays, Course course) {
    }

    static final List<Clinician> CLINICIANS = List.of(
            new Clinician("elena.marsh@demo.holdfast", "Dr Elena Marsh"),
            new Clinician("sam.okafor@demo.holdfast", "Sam Okafor"));

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("alex@demo.holdfast", "Alex Rowan", 0, "J.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 60, 75, Course.WEEKEND_EVENINGS),
            new DemoClient("zoe@demo.holdfast", "Zoë Marchetti", 0, "my ex", "EX_PARTNER", "SAFETY", null, 110, Course.IMPROVING),
            new DemoClient("priya@demo.holdfast", "Priya Lindqvist", 0, "Mum", "PARENT", "SPACE_TO_REASSESS", 90, 45, Course.STEADY),
            new DemoClient("tom@demo.holdfast", "Tomás Herrera", 0, "R.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 30, 32, Course.STRUGGLING_RECENTLY),
            new DemoClient("mina@demo.holdfast", "Mina Kovač", 0, "the boss", "MANAGER", "SAFETY", 60, 50, Course.GONE_QUIET),
            new DemoClient("jonas@demo.holdfast", "Jonas Åberg", 0, "K.", "FRIEND", "HEAL_AND_MOVE_ON", 60, 64, Course.IMPROVING),
            new DemoClient("leah@demo.holdfast", "Leah Odum", 0, "Dad", "PARENT", "SAFETY", null, 120, Course.STEADY),
            new DemoClient("nico@demo.holdfast", "Nico Brandt", 0, "S.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 90, 88, Course.WEEKEND_EVENINGS),
            new DemoClient("ines@demo.holdfast", "Inês Carvalho", 0, "my sister", "FAMILY_MEMBER", "SPACE_TO_REASSESS", 60, 40, Course.IMPROVING),
            new DemoClient("femi@demo.holdfast", "Femi Adeyemi", 0, "M.", "EX_PARTNER", "SAFETY", null, 96, Course.STRUGGLING_RECENTLY),
            new DemoClient("hana@demo.holdfast", "Hana Sato", 0, "T.", "CO_WORKER", "HEAL_AND_MOVE_ON", 30, 36, Course.STEADY),
            new DemoClient("oskar@demo.holdfast", "Oskar Nyberg", 0, "my ex", "EX_PARTNER", "HEAL_AND_MOVE_ON", 60, 58, Course.GONE_QUIET),
            new DemoClient("ruth@demo.holdfast", "Ruth Ellery", 1, "L.", "EX_PARTNER", "SAFETY", null, 105, Course.IMPROVING),
            new DemoClient("dev@demo.holdfast", "Dev Malhotra", 1, "Mum", "PARENT", "SPACE_TO_REASSESS", 90, 70, Course.WEEKEND_EVENINGS),
            new DemoClient("clara@demo.holdfast", "Clara Weiss", 1, "B.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 60, 47, Course.STEADY),
            new DemoClient("marek@demo.holdfast", "Marek Zieliński", 1, "the manager", "MANAGER", "SAFETY", 30, 31, Course.STRUGGLING_RECENTLY),
            new DemoClient("aoife@demo.holdfast", "Aoife Brennan", 1, "C.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 60, 62, Course.IMPROVING),
            new DemoClient("yusuf@demo.holdfast", "Yusuf Demir", 1, "my brother", "FAMILY_MEMBER", "SAFETY", null, 84, Course.STEADY),
            new DemoClient("elodie@demo.holdfast", "Élodie Laurent", 1, "A.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 90, 92, Course.WEEKEND_EVENINGS),
            new DemoClient("kai@demo.holdfast", "Kai Moana", 1, "D.", "FRIEND", "SPACE_TO_REASSESS", 60, 38, Course.GONE_QUIET),
            new DemoClient("greta@demo.holdfast", "Greta Holm", 1, "V.", "EX_PARTNER", "SAFETY", 60, 55, Course.IMPROVING),
            new DemoClient("sol@demo.holdfast", "Sol Navarro", 1, "my ex", "EX_PARTNER", "HEAL_AND_MOVE_ON", 30, 30, Course.STRUGGLING_RECENTLY),
            new DemoClient("bea@demo.holdfast", "Bea Fairlie", 1, "Dad", "PARENT", "SPACE_TO_REASSESS", 90, 115, Course.STEADY),
            new DemoClient("omar@demo.holdfast", "Omar Haddad", 1, "N.", "EX_PARTNER", "HEAL_AND_MOVE_ON", 60, 67, Course.IMPROVING));

    private DemoPractice() {
    }
}
