package org.holdfast.insights;

import org.holdfast.clients.RecordSection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.holdfast.insights.InsightsCalculatorTests.LONDON;
import static org.holdfast.insights.InsightsCalculatorTests.at;
import static org.holdfast.insights.InsightsCalculatorTests.everything;
import static org.holdfast.insights.InsightsCalculatorTests.insights;
import static org.holdfast.insights.InsightsCalculatorTests.textReply;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.holdfast.consent.SharingLevel;
import org.holdfast.journal.AttemptPoint;
import org.holdfast.journal.SlipDirection;
import org.holdfast.journal.SlipPoint;
import org.holdfast.journal.Trigger;
import org.holdfast.plans.Channel;
import org.junit.jupiter.api.Test;

/** The suggested agenda on hand-made flags and patterns; no Spring, no database. */
class SuggestedAgendaTests {

    static final List<SlipPoint> FRIDAY_NIGHT_TEXTS = List.of(textReply(at("2026-10-02T22:40", LONDON)),
            textReply(at("2026-10-16T23:10", LONDON)), textReply(at("2026-11-06T22:05", LONDON)));

    static List<AttemptPoint> textsAnHourBefore(List<SlipPoint> slips) {
        return slips.stream().map(s -> new AttemptPoint(s.at().minusSeconds(3600), Channel.TEXT, 7)).toList();
    }

    static RiskFlag flag(RiskFlag.Kind kind, String reason) {
        return RiskFlag.of(kind, reason, LocalDate.of(2026, 11, 20));
    }

    @Test
    void slipsThatFollowTheirTextsAtTheSameHourBecomeTopicsWithTheReadingsAsEvidence() {
        ClientInsights in = everything(LONDON, List.of(), FRIDAY_NIGHT_TEXTS, textsAnHourBefore(FRIDAY_NIGHT_TEXTS));

        List<AgendaItem> agenda = SuggestedAgenda.suggest(List.of(), in);

        assertThat(agenda).extracting(AgendaItem::topic).containsExactly(
                "Slips follow their contact: review blocking and a plan for when a message comes",
                "Slips come at the same times: plan for those hours");
        assertThat(agenda.getFirst().evidence()).isEqualTo("3 of 3 slips came within 24 hours after J. tried to make contact.");
        assertThat(agenda.get(1).evidence()).isEqualTo("All 3 slips were between 22:00 and 02:00, all on a Friday.");
        assertThat(agenda).allSatisfy(item -> assertThat(item.section()).isEqualTo(RecordSection.INSIGHTS));
    }

    @Test
    void theTriggerNamedMostOftenBeforeSlipsIsATopic() {
        List<SlipPoint> afterDrinks = List.of(
                new SlipPoint(at("2026-11-03T08:00", LONDON), Channel.PHONE, SlipDirection.REACHED_OUT, Set.of(Trigger.ALCOHOL)),
                new SlipPoint(at("2026-11-10T14:00", LONDON), Channel.TEXT, SlipDirection.REACHED_OUT, Set.of(Trigger.ALCOHOL)),
                new SlipPoint(at("2026-11-17T20:00", LONDON), Channel.TEXT, SlipDirection.REACHED_OUT, Set.of(Trigger.LONELINESS)));

        assertThat(SuggestedAgenda.suggest(List.of(), everything(LONDON, List.of(), afterDrinks, List.of())))
                .extracting(AgendaItem::topic).containsExactly("Talk through \"Alcohol\", the most common trigger before a slip");
    }

    @Test
    void safetyComesFirstAndAHardDateIsPlannedForWithItsDate() {
        List<RiskFlag> flags = List.of(flag(RiskFlag.Kind.SAFETY_SIGNAL, "Said they don't feel safe on Fri 20 Nov"),
                flag(RiskFlag.Kind.HIGH_RISK_DATE, "Anniversary on Thu 3 Dec"),
                flag(RiskFlag.Kind.REVIEW_DUE, "Plan review due today"));

        List<AgendaItem> agenda = SuggestedAgenda.suggest(flags, everything(LONDON, List.of(), List.of(), List.of()));

        assertThat(agenda).extracting(AgendaItem::topic).containsExactly("Safety first: they said they don't feel safe",
                "Anniversary on Thu 3 Dec: plan for it", "Review the plan together",
                "Acknowledge 52 days without contact, the longest yet");
        assertThat(agenda.getFirst().section()).isEqualTo(RecordSection.OVERVIEW);
        assertThat(agenda.get(1).section()).isEqualTo(RecordSection.PLAN);
        assertThat(agenda).allSatisfy(item -> assertThat(item.clientId()).isEqualTo(7));
        assertThat(agenda.get(1).evidence()).isEqualTo("A date the plan marks as hard.");
    }

    @Test
    void scatteredSlipsWithoutAPatternGetTheSlippingFlagNotAClockTopic() {
        List<SlipPoint> scattered = List.of(
                new SlipPoint(at("2026-11-16T08:00", LONDON), Channel.PHONE, SlipDirection.REACHED_OUT, Set.of(Trigger.LONELINESS)),
                new SlipPoint(at("2026-11-18T14:00", LONDON), Channel.TEXT, SlipDirection.REACHED_OUT, Set.of(Trigger.ALCOHOL)),
                new SlipPoint(at("2026-11-20T20:00", LONDON), Channel.SOCIAL_MEDIA, SlipDirection.REACHED_OUT, Set.of(Trigger.REMINDER)));
        List<RiskFlag> flags = List.of(flag(RiskFlag.Kind.SLIPPING, "3 slips since Mon 16 Nov"));

        List<AgendaItem> agenda = SuggestedAgenda.suggest(flags, everything(LONDON, List.of(), scattered, List.of()));

        assertThat(agenda).extracting(AgendaItem::topic).containsExactly("Slipping again: what made these days hard?");
        assertThat(agenda.getFirst().evidence()).isEqualTo("3 slips since Mon 16 Nov");
    }

    @Test
    void aClientSharingNothingGetsOnlyTheTopicsThatNeedNoJournal() {
        ClientInsights nothing = insights(LONDON, List.of(), FRIDAY_NIGHT_TEXTS, List.of(), List.of(), List.of(),
                SharingLevel.NOTHING, false);
        List<RiskFlag> flags = List.of(flag(RiskFlag.Kind.HOMEWORK_OVERDUE, "2 homework tasks overdue"));

        assertThat(SuggestedAgenda.suggest(flags, nothing)).extracting(AgendaItem::topic)
                .containsExactly("Homework: what got in the way?");
    }

    @Test
    void theLongestStretchYetIsWorthSayingOutLoud() {
        // No slips since the plan began on 1 Oct: 52 days, the longest stretch by definition.
        List<AgendaItem> agenda = SuggestedAgenda.suggest(List.of(), everything(LONDON, List.of(), List.of(), List.of()));
        assertThat(agenda).extracting(AgendaItem::topic).containsExactly("Acknowledge 52 days without contact, the longest yet");
    }

    @Test
    void theAgendaStopsAtSixTopics() {
        List<RiskFlag> flags = List.of(flag(RiskFlag.Kind.SAFETY_SIGNAL, "a"), flag(RiskFlag.Kind.CONTACT_ESCALATING, "b"),
                flag(RiskFlag.Kind.SLIPPING, "c"), flag(RiskFlag.Kind.HIGH_RISK_DATE, "Birthday on Sat 28 Nov"),
                flag(RiskFlag.Kind.RISING_URGES, "e"), flag(RiskFlag.Kind.GONE_QUIET, "f"),
                flag(RiskFlag.Kind.HOMEWORK_OVERDUE, "g"), flag(RiskFlag.Kind.REVIEW_DUE, "h"));
        List<AgendaItem> agenda = SuggestedAgenda.suggest(flags, everything(LONDON, List.of(), List.of(), List.of()));
        assertThat(agenda).hasSize(SuggestedAgenda.MAX_ITEMS).first().extracting(AgendaItem::topic)
                .isEqualTo("Safety first: they said they don't feel safe");
    }
}
