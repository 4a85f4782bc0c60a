package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Proofs from kept block roots are the RFC's own, for every size and leaf around block edges, while reading only the
 * leaves they need; and kept roots that no longer match the log (a database restored under a running portal) are read
 * again, or refused when the log does not give its head.
 */
class BlockRootsTests {

    private static final int BLOCK = 8;

    /** A log in memory that counts the leaves read from it. */
    private static final class CountingLeaves implements BlockRoots.Leaves {
        final List<byte[]> leaves = new ArrayList<>();
        long read;

        CountingLeaves(int n) {
            for (int i = 0; i < n; i++) {
                leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
            }
        }

        @Override
        public List<byte[]> read(long from, long to) {
            read += to - from;
            return new ArrayList<>(leaves.subList((int) from, (int) to));
        }
    }

    @Test
    void proofsFromKeptBlockRootsAreTheRecursiveDefinitionsOwnForEverySize() {
        CountingLeaves log = new CountingLeaves(70);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        // Growing, as the log does: sizes on, just before and just after every block edge.
        for (int n = 1; n <= 70; n++) {
            List<Integer> all = IntStream.range(0, n).boxed().toList();
            Map<Integer, List<byte[]>> proofs = roots.inclusionProofs(n, MerkleTree.root(log.leaves, n), all);
            for (int i = 0; i < n; i++) {
                assertThat(proofs.get(i)).as(i + " in " + n).usingElementComparator(Arrays::compare)
                        .containsExactlyElementsOf(MerkleTree.inclusionProof(log.leaves, i, n));
            }
        }
    }

    @Test
    void aProofReadsTheBlocksItNeedsNotTheWholeLog() {
        CountingLeaves log = new CountingLeaves(4_000);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        byte[] root = MerkleTree.root(log.leaves, 4_000);
        roots.inclusionProofs(4_000, root, List.of(17));
        assertThat(log.read).as("the first call reads every full block once").isEqualTo(4_000 + BLOCK);

        log.read = 0;
        Map<Integer, List<byte[]>> proofs = roots.inclusionProofs(4_000, root, List.of(17, 3_001));
        assertThat(log.read).as("then only the leaves' own blocks").isEqualTo(2 * BLOCK);
        assertThat(MerkleTree.verifyInclusion(log.leaves.get(3_001), 3_001, 4_000, proofs.get(3_001), root)).isTrue();

        log.leaves.add(MerkleTree.leafHash("one more".getBytes(StandardCharsets.UTF_8)));
        log.read = 0;
        roots.inclusionProofs(4_001, MerkleTree.root(log.leaves, 4_001), List.of(4_000));
        assertThat(log.read).as("a grown log: the new, unfinished block").isEqualTo(1);
    }

    @Test
    void keptRootsThatNoLongerMatchTheLogAreReadAgain() {
        CountingLeaves log = new CountingLeaves(40);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        roots.inclusionProofs(40, MerkleTree.root(log.leaves, 40), List.of(5));

        // Another log of the same size in the database (restored from another backup): its own root, its own proofs.
        for (int i = 0; i < 40; i++) {
            log.leaves.set(i, MerkleTree.leafHash(("restored " + i).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] restoredRoot = MerkleTree.root(log.leaves, 40);
        Map<Integer, List<byte[]>> proofs = roots.inclusionProofs(40, restoredRoot, List.of(5, 39));
        assertThat(proofs.get(5)).usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(MerkleTree.inclusionProof(log.leaves, 5, 40));
        assertThat(roots.inclusionProofs(40, restoredRoot, List.of())).isEmpty();
    }

    @Test
    void aLogThatDoesNotGiveItsHeadGetsNoProof() {
        CountingLeaves log = new CountingLeaves(40);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        byte[] root = MerkleTree.root(log.leaves, 40);
        log.leaves.set(12, MerkleTree.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> roots.inclusionProofs(40, root, List.of(30))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signed head of 40");
        assertThatThrownBy(() -> roots.inclusionProofs(40, root, List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFrontierFromKeptRootsIsTheOneEveryLeafGives() {
        CountingLeaves log = new CountingLeaves(70);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        for (int n = 0; n <= 70; n++) {
            Frontier frontier = roots.frontier(n, null);
            assertThat(frontier.size()).isEqualTo(n);
            assertThat(frontier.root()).as("root of " + n).isEqualTo(MerkleTree.root(log.leaves, n));
        }
        // Another node added two leaves, filling a block: only that block is read, not the log again.
        log.leaves.add(MerkleTree.leafHash("71".getBytes(StandardCharsets.UTF_8)));
        log.leaves.add(MerkleTree.leafHash("72".getBytes(StandardCharsets.UTF_8)));
        log.read = 0;
        assertThat(roots.frontier(72, null).root()).isEqualTo(MerkleTree.root(log.leaves, 72));
        assertThat(log.read).isEqualTo(BLOCK);

        // A rollback of a transaction that began at 64 leaves: the blocks from there on are read again, no more.
        roots.keepBelow(64);
        log.read = 0;
        roots.frontier(72, null);
        assertThat(log.read).isEqualTo(BLOCK);
    }

    @Test
    void aLeafMissingFromTheMiddleOfTheLogIsNamedNotSkipped() {
        CountingLeaves log = new CountingLeaves(40);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        BlockRoots.Leaves gap = (from, to) -> {
            List<byte[]> read = log.read(from, to);
            if (from <= 20 && 20 < to) {
                read.remove((int) (20 - from));
            }
            return read;
        };
        assertThatThrownBy(() -> new BlockRoots(BLOCK, gap).frontier(40, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing leaves");
        assertThat(roots.frontier(40, null).root()).isEqualTo(MerkleTree.root(log.leaves, 40));
    }

    @Test
    void keptRootsThatDoNotGiveTheDatabasesLastHeadAreReadAgainBeforeAFrontierIsBuilt() {
        CountingLeaves log = new CountingLeaves(40);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        roots.frontier(40, null);
        // Another database under the running node (restored from another practice's backup, say), already signed
        // by the other node at 36 leaves and grown to 44 since.
        log.leaves.clear();
        log.leaves.addAll(new CountingLeaves(44).leaves.stream()
                .map(h -> MerkleTree.nodeHash(h, h)).toList());
        TreeHead signedThere = head(36, MerkleTree.root(log.leaves, 36));
        log.read = 0;
        Frontier frontier = roots.frontier(44, signedThere);
        assertThat(frontier.root()).isEqualTo(MerkleTree.root(log.leaves, 44));
        assertThat(log.read).as("the kept roots were checked, found wrong and read again").isGreaterThanOrEqualTo(44);

        // Once they match, a stale frontier reads only what was added.
        log.leaves.add(MerkleTree.leafHash("45".getBytes(StandardCharsets.UTF_8)));
        log.read = 0;
        assertThat(roots.frontier(45, head(44, MerkleTree.root(log.leaves, 44))).root())
                .isEqualTo(MerkleTree.root(log.leaves, 45));
        assertThat(log.read).isLessThanOrEqualTo(2 * BLOCK);
    }

    @Test
    void aLogCutShorterUnderARunningNodeDropsTheRootsBeyondItsEnd() {
        CountingLeaves log = new CountingLeaves(40);
        BlockRoots roots = new BlockRoots(BLOCK, log);
        roots.frontier(40, null);
        while (log.leaves.size() > 20) {
            log.leaves.removeLast();
        }
        assertThat(roots.frontier(20, null).root()).isEqualTo(MerkleTree.root(log.leaves, 20));
        log.leaves.add(MerkleTree.leafHash("another 21st".getBytes(StandardCharsets.UTF_8)));
        for (int i = 21; i < 40; i++) {
            log.leaves.add(MerkleTree.leafHash(("another " + i).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(roots.frontier(40, null).root()).as("not the roots of the log before the cut")
                .isEqualTo(MerkleTree.root(log.leaves, 40));
    }

    @Test
    void theHeadOfTheEmptyLogSignedAtFirstStartIsNoHindrance() {
        CountingLeaves log = new CountingLeaves(20);
        TreeHead empty = head(0, MerkleTree.root(List.of(), 0));
        assertThat(new BlockRoots(BLOCK, log).frontier(20, empty).root()).isEqualTo(MerkleTree.root(log.leaves, 20));
    }

    private static TreeHead head(long size, byte[] root) {
        return new TreeHead(size, java.util.HexFormat.of().formatHex(root), java.time.Instant.EPOCH, "test", "unsigned");
    }
}
