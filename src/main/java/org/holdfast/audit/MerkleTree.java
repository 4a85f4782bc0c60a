package org.holdfast.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 (Certificate Transparency 2.0), section 2.1, over leaf hashes given in log order:
 * a leaf is {@code SHA-256(0x00 || data)}, an inner node {@code SHA-256(0x01 || left || right)}, and a tree of n leaves
 * splits at the largest power of two below n. Inclusion proofs (2.1.3) show a leaf is in a tree of a given size;
 * consistency proofs (2.1.4) show a tree of one size is the start of a larger one, so the log only grew.
 * Proofs are computed and checked by the algorithms of the RFC, so any other implementation can check ours.
 */
final class MerkleTree {

    static final int HASH_BYTES = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update(LEAF);
        return sha.digest(data);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update(NODE);
        sha.update(left);
        return sha.digest(right);
    }

    /** MTH(D[0:n]) of the first {@code size} leaves; the hash of the empty string for none. */
    static byte[] root(List<byte[]> leaves, int size) {
        if (size == 0) {
            return sha256().digest();
        }
        // Level by level, a lone last node moves up unchanged: the same tree as the RFC's recursive split.
        List<byte[]> level = leaves.subList(0, size);
        while (level.size() > 1) {
            level = up(level);
        }
        return level.getFirst();
    }

    /** PATH(m, D[0:n]): the audit path of leaf {@code index} in the tree of the first {@code size} leaves. */
    static List<byte[]> inclusionProof(List<byte[]> leaves, int index, int size) {
        if (index < 0 || index >= size || size > leaves.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, index, 0, size, proof);
        return proof;
    }

    /** The level above: each pair hashed into its parent, a lone last node moved up unchanged. */
    private static List<byte[]> up(List<byte[]> level) {
        List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i + 1 < level.size(); i += 2) {
            up.add(nodeHash(level.get(i), level.get(i + 1)));
        }
        if (level.size() % 2 == 1) {
            up.add(level.getLast());
        }
        return up;
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(leaves, m, from, from + k, proof);
            proof.add(root(leaves.subList(from + k, to), n - k));
        } else {
            path(leaves, m - k, from + k, to, proof);
            proof.add(root(leaves.subList(from, from + k), k));
        }
    }

    /** PROOF(m, D[0:n]): that the tree of the first {@code older} leaves is the start of the tree of {@code newer}. */
    static List<byte[]> consistencyProof(List<byte[]> leaves, int older, int newer) {
        if (older < 0 || older > newer || newer > leaves.size()) {
            throw new IllegalArgumentException("No consistency proof from " + older + " to " + newer);
        }
        List<byte[]> proof = new ArrayList<>();
        if (older > 0 && older < newer) {
            subproof(leaves, older, 0, newer, true, proof);
        }
        return proof;
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(root(leaves.subList(from, to), n));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, proof);
            proof.add(root(leaves.subList(from + k, to), n - k));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(root(leaves.subList(from, from + k), k));
        }
    }

    /** RFC 9162 2.1.3.2: whether {@code proof} shows {@code leafHash} at {@code index} in a tree of {@code size} with {@code root}. */
    static boolean verifyInclusion(byte[] leafHash, int index, int size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 2.1.4.2: whether {@code proof} shows the tree ({@code older}, {@code oldRoot}) is the start of ({@code newer}, {@code newRoot}). */
    static boolean verifyConsistency(int older, int newer, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (older < 0 || older > newer) {
            return false;
        }
        if (older == newer) {
            return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
        }
        if (older == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(older) == 1) { // a complete subtree: its root is the first hash
            path.addFirst(oldRoot);
        }
        long fn = older - 1L;
        long sn = newer - 1L;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
    }

    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
