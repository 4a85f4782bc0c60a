package org.holdfast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tree and its proofs against RFC 9162: roots equal the RFC's recursive definition for every size, every
 * inclusion and consistency proof the tree gives checks by the RFC's own algorithm, and a proof checked against a
 * changed leaf, another root or another size fails.
 */
class MerkleTreeTests {

    private static final HexFormat HEX = HexFormat.of();

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** MTH as the RFC writes it: split at the largest power of two below n. */
    private static byte[] recursiveRoot(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.getFirst();
        }
        int k = MerkleTree.largestPowerOfTwoBelow(leaves.size());
        return MerkleTree.nodeHash(recursiveRoot(leaves.subList(0, k)), recursiveRoot(leaves.subList(k, leaves.size())));
    }

    @Test
    void theEmptyTreeAndALeafHashAsTheRfcSays() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of(), 0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        // SHA-256 of the single byte 0x00: the leaf hash of empty data.
        assertThat(HEX.formatHex(MerkleTree.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    }

    /** The test vectors of RFC 6962's reference implementation (same hashing as RFC 9162): eight leaves, each size's root. */
    @Test
    void theRootsOfTheCertificateTransparencyTestVectors() {
        List<byte[]> leaves = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).map(MerkleTree::leafHash).toList();
        List<String> roots = List.of(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        for (int n = 1; n <= 8; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves, n))).as("size " + n).isEqualTo(roots.get(n - 1));
        }
    }

    @Test
    void everyRootEqualsTheRecursiveDefinition() {
        List<byte[]> leaves = leaves(70);
        for (int n = 1; n <= 70; n++) {
            assertThat(MerkleTree.root(leaves, n)).as("size " + n).isEqualTo(recursiveRoot(leaves.subList(0, n)));
        }
    }

    @Test
    void theFrontierGivesTheSameRootAsTheWholeTreeAtEverySize() {
        List<byte[]> leaves = leaves(70);
        Frontier frontier = new Frontier();
        for (int n = 1; n <= 70; n++) {
            frontier.add(leaves.get(n - 1));
            assertThat(frontier.root()).as("size " + n).isEqualTo(MerkleTree.root(leaves, n));
        }
    }

    @Test
    void everyInclusionProofChecksAndFailsForAnythingElse() {
        List<byte[]> leaves = leaves(33);
        for (int n = 1; n <= 33; n++) {
            byte[] root = MerkleTree.root(leaves, n);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(leaves, i, n);
                assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, proof, root)).as(i + " in " + n).isTrue();
                assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(new byte[] { 1 }), i, n, proof, root)).isFalse();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(leaves.get(i), (i + 1) % n, n, proof, root)).isFalse();
                }
                if (n < 33) { // against the head of another size (its signed root), the same proof fails
                    assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n + 1, proof, MerkleTree.root(leaves, n + 1)))
                            .as(i + " in " + n + " against " + (n + 1)).isFalse();
                }
            }
        }
    }

    @Test
    void anEventsCanonicalFormReadsBackFieldByField() {
        String form = "holdfast-audit-event-v1;2:17;-;4:a;b;;" + "-;".repeat(12) + "3:x:y;";
        assertThat(EventLeaf.fields(form)).hasValueSatisfying(f -> {
            assertThat(f).hasSize(16);
            assertThat(f.get(0)).isEqualTo("17");
            assertThat(f.get(2)).isEqualTo("a;b;");
            assertThat(f.get(15)).isEqualTo("x:y");
        });
        assertThat(EventLeaf.fields(form.replace("4:a;b;;", "5:a;b;;"))).isEmpty();
        assertThat(EventLeaf.fields("holdfast-audit-event-v1;-;")).isEmpty();
        assertThat(EventLeaf.fields("something else")).isEmpty();
    }

    @Test
    void everyConsistencyProofChecksAndARewrittenHistoryDoesNot() {
        List<byte[]> leaves = leaves(33);
        List<byte[]> rewritten = new ArrayList<>(leaves);
        rewritten.set(2, MerkleTree.leafHash("Hope you are well.".getBytes(StandardCharsets.UTF_8)));
        for (int newer = 1; newer <= 33; newer++) {
            for (int older = 1; older <= newer; older++) {
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, older, newer);
                byte[] oldRoot = MerkleTree.root(leaves, older);
                byte[] newRoot = MerkleTree.root(leaves, newer);
                assertThat(MerkleTree.verifyConsistency(older, newer, oldRoot, newRoot, proof))
                        .as(older + " to " + newer).isTrue();
                if (older > 2) {
                    // The old head was signed before leaf 2 was rewritten: the new tree cannot be shown to extend it.
                    List<byte[]> forged = MerkleTree.consistencyProof(rewritten, older, newer);
                    assertThat(MerkleTree.verifyConsistency(older, newer, oldRoot, MerkleTree.root(rewritten, newer), forged))
                            .as("rewritten " + older + " to " + newer).isFalse();
                }
            }
        }
    }
}
