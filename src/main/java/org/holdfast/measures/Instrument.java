package org.holdfast.measures;

import java.util.List;

/**
 * The three standard measures, with their items, answers, scoring and severity bands as published. All three are free
 * to use without permission; the item wording below is the published English wording and must not be edited (a
 * reworded item is no longer the validated instrument). The reliable-change thresholds come with their sources.
 */
public enum Instrument {

    /**
     * Patient Health Questionnaire, depression module. Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a
     * brief depression severity measure. J Gen Intern Med 2001;16(9):606-613. Developed by Drs Spitzer, Williams,
     * Kroenke and colleagues with an educational grant from Pfizer; no permission required to reproduce, translate,
     * display or distribute (phqscreeners.com). Nine items scored 0-3, total 0-27; bands 0-4 minimal, 5-9 mild,
     * 10-14 moderate, 15-19 moderately severe, 20-27 severe (Kroenke 2001, table 3).
     * Reliable change: 6 points, the PHQ-9 criterion for reliable improvement or deterioration in the IAPT (now NHS
     * Talking Therapies) Manual, NHS England: a change of 6 or more on the PHQ-9 (and 4 or more on the GAD-7). Checked
     * against a secondary account of the manual (cbtwatch.com, "no justification for NHS Talking Therapies"); the
     * manual itself was not at hand when this was written.
     */
    PHQ9("PHQ-9", "Depression (PHQ-9)",
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            List.of("Little interest or pleasure in doing things",
                    "Feeling down, depressed, or hopeless",
                    "Trouble falling or staying asleep, or sleeping too much",
                    "Feeling tired or having little energy",
                    "Poor appetite or overeating",
                    "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or your family down",
                    "Trouble concentrating on things, such as reading the newspaper or watching television",
                    "Moving or speaking so slowly that other people could have noticed? Or the opposite \u2014 being so"
                            + " fidgety or restless that you have been moving around a lot more than usual",
                    "Thoughts that you would be better off dead or of hurting yourself in some way"),
            Answers.FREQUENCY,
            List.of(new Band(0, 4, "Minimal"), new Band(5, 9, "Mild"), new Band(10, 14, "Moderate"),
                    new Band(15, 19, "Moderately severe"), new Band(20, 27, "Severe")),
            6, true, 1, 8),

    /**
     * Generalized Anxiety Disorder 7. Spitzer RL, Kroenke K, Williams JBW, L\u00f6we B. A brief measure for assessing
     * generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097. Free to use as the PHQ-9.
     * Seven items scored 0-3, total 0-21; bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe (Spitzer 2006).
     * Reliable change: 4 points, the GAD-7 criterion in the IAPT / NHS Talking Therapies Manual ("a reduction of 4
     * or more on the GAD-7").
     */
    GAD7("GAD-7", "Anxiety (GAD-7)",
            "Over the last 2 weeks, how often have you been bothered by the following problems?",
            List.of("Feeling nervous, anxious, or on edge",
                    "Not being able to stop or control worrying",
                    "Worrying too much about different things",
                    "Trouble relaxing",
                    "Being so restless that it is hard to sit still",
                    "Becoming easily annoyed or irritable",
                    "Feeling afraid as if something awful might happen"),
            Answers.FREQUENCY,
            List.of(new Band(0, 4, "Minimal"), new Band(5, 9, "Mild"), new Band(10, 14, "Moderate"),
                    new Band(15, 21, "Severe")),
            4, true, 1, -1),

    /**
     * WHO-Five Well-Being Index (1998 version). WHO Regional Office for Europe, Psychiatric Research Unit, Frederiksborg
     * General Hospital; free to use. Topp CW, \u00d8stergaard SD, S\u00f8ndergaard S, Bech P. The WHO-5 Well-Being Index: a
     * systematic review of the literature. Psychother Psychosom 2015;84(3):167-176. Five items scored 5 (all of the
     * time) to 0 (at no time); the raw 0-25 is multiplied by 4 to a percentage 0-100, higher is better. 50 or less
     * means poor wellbeing and calls for a depression screen; 28 or less is read as likely depression (Topp 2015).
     * Reliable change: 10 percentage points, the change the WHO-5 scoring guidance gives as significant ("a 10%
     * difference indicates a significant change", as reproduced e.g. in Valant's WHO-5 help page), cited by Topp 2015.
     */
    WHO5("WHO-5", "Wellbeing (WHO-5)",
            "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.",
            List.of("I have felt cheerful and in good spirits",
                    "I have felt calm and relaxed",
                    "I have felt active and vigorous",
                    "I woke up feeling fresh and rested",
                    "My daily life has been filled with things that interest me"),
            Answers.WELLBEING,
            List.of(new Band(0, 28, "Likely depression"), new Band(29, 50, "Poor wellbeing"), new Band(51, 100, "Good wellbeing")),
            10, false, 4, -1);

    private final String shortName;
    private final String title;
    private final String stem;
    private final List<String> items;
    private final List<Answer> answers;
    private final List<Band> bands;
    private final int reliableChange;
    private final boolean higherIsWorse;
    private final int multiplier;
    private final int safetyItem;

    Instrument(String shortName, String title, String stem, List<String> items, List<Answer> answers, List<Band> bands,
            int reliableChange, boolean higherIsWorse, int multiplier, int safetyItem) {
        this.shortName = shortName;
        this.title = title;
        this.stem = stem;
        this.items = items;
        this.answers = answers;
        this.bands = bands;
        this.reliableChange = reliableChange;
        this.higherIsWorse = higherIsWorse;
        this.multiplier = multiplier;
        this.safetyItem = safetyItem;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    public String stem() {
        return stem;
    }

    public List<String> items() {
        return items;
    }

    /** The answer options in the order printed on the published form. */
    public List<Answer> answers() {
        return answers;
    }

    public List<Band> bands() {
        return bands;
    }

    /** The smallest change in the reported score that is larger than measurement noise. */
    public int reliableChange() {
        return reliableChange;
    }

    public boolean higherIsWorse() {
        return higherIsWorse;
    }

    /** The highest reported score: 27, 21 or 100. */
    public int maxScore() {
        int top = answers.stream().mapToInt(Answer::value).max().orElseThrow();
        return items.size() * top * multiplier;
    }

    /**
     * The zero-based index of the item that asks about self-harm (PHQ-9 item 9), or -1. Any answer above "Not at all"
     * there needs a safety response at once, whatever the total.
     */
    public int safetyItem() {
        return safetyItem;
    }

    /** True when these answers include a safety item answered above its lowest option. */
    public boolean needsSafetyResponse(List<Integer> answers) {
        return safetyItem >= 0 && answers.size() > safetyItem && answers.get(safetyItem) != null && answers.get(safetyItem) > 0;
    }

    /**
     * The reported score: the sum of the item values, for WHO-5 times 4 (a percentage).
     *
     * @throws IllegalArgumentException when an item is missing or out of range: a partial total is not a score
     */
    public int score(List<Integer> answers) {
        if (answers.size() != items.size()) {
            throw new IllegalArgumentException(shortName + " has " + items.size() + " items, not " + answers.size());
        }
        int max = this.answers.stream().mapToInt(Answer::value).max().orElseThrow();
        int sum = 0;
        for (int i = 0; i < answers.size(); i++) {
            Integer a = answers.get(i);
            if (a == null || a < 0 || a > max) {
                throw new IllegalArgumentException("Question " + (i + 1) + " has no answer");
            }
            sum += a;
        }
        return sum * multiplier;
    }

    public Band band(int score) {
        return bands.stream().filter(b -> b.includes(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(shortName + " has no score " + score));
    }

    /** How the score moved from {@code before} to {@code after}, and whether the move is reliable. */
    public Change change(int before, int after) {
        int delta = after - before;
        Change.Direction direction;
        if (Math.abs(delta) < reliableChange) {
            direction = Change.Direction.NO_RELIABLE_CHANGE;
        } else if ((delta > 0) == higherIsWorse) {
            direction = Change.Direction.WORSE;
        } else {
            direction = Change.Direction.BETTER;
        }
        return new Change(delta, direction);
    }

    /** One answer option as printed, with its item value. */
    public record Answer(String label, int value) {
    }

    /** A severity band: scores from {@code from} to {@code to}, both included. */
    public record Band(int from, int to, String label) {

        boolean includes(int score) {
            return score >= from && score <= to;
        }
    }

    private static final class Answers {

        /** PHQ-9 and GAD-7: how often over the last two weeks. */
        static final List<Answer> FREQUENCY = List.of(new Answer("Not at all", 0), new Answer("Several days", 1),
                new Answer("More than half the days", 2), new Answer("Nearly every day", 3));

        /** WHO-5, as printed: from the best answer to the worst. */
        static final List<Answer> WELLBEING = List.of(new Answer("All of the time", 5), new Answer("Most of the time", 4),
                new Answer("More than half of the time", 3), new Answer("Less than half of the time", 2),
                new Answer("Some of the time", 1), new Answer("At no time", 0));
    }
}
