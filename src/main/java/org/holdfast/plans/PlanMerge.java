package org.holdfast.plans;

import java.util.Set;

/**
 * A save over someone else's newer version, merged part by part against the version the editor loaded.
 * Parts only they changed keep theirs ({@code keptTheirs}: a safety contact they added stays); parts only
 * I changed keep mine; parts we both changed differently ({@code bothChanged}) are the person's choice,
 * with both values at hand. {@code theirVersion} is what the merged save hands back to {@link PlanService#update}.
 */
public record PlanMerge(long planId, long theirVersion, PlanVersionSummary theirChange, PlanContent mine,
        PlanContent theirs, Set<PlanPart> keptTheirs, Set<PlanPart> bothChanged) {

    public PlanMerge {
        keptTheirs = Set.copyOf(keptTheirs);
        bothChanged = Set.copyOf(bothChanged);
    }

    /** The merged plan: theirs for what only they changed and for the contested parts in {@code takeTheirs}, mine elsewhere. */
    public PlanContent resolve(Set<PlanPart> takeTheirs) {
        PlanContent merged = new PlanContent();
        for (PlanPart part : PlanPart.values()) {
            if (part.editable()) {
                boolean theirsWins = keptTheirs.contains(part) || (bothChanged.contains(part) && takeTheirs.contains(part));
                part.copy(theirsWins ? theirs : mine, merged);
            }
        }
        return merged;
    }

    /** Nothing to choose: every part is decided. */
    public boolean clean() {
        return bothChanged.isEmpty();
    }
}
