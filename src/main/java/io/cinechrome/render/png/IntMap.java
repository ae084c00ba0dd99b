package io.cinechrome.render.png;

/** An open-addressing map from int to int (an image's pixels are many; boxing each would be slow). */
final class IntMap {

    private static final int INITIAL_BITS = 10;
    private static final int INITIAL_SLOTS = 1 << INITIAL_BITS;
    private static final int HASH_MULTIPLIER = 0x9E3779B9;
    private static final int INT_BITS = 32;

    private int[] keys = new int[INITIAL_SLOTS];
    private int[] values = new int[INITIAL_SLOTS];
    private boolean[] used = new boolean[INITIAL_SLOTS];
    private int size;
    /** Fibonacci hashing: a slot is the top bits of the key times the golden ratio. */
    private int shift = INT_BITS - INITIAL_BITS;

    /** Adds {@code amount} to the key's value (a new key starts at 0). */
    void add(int key, int amount) {
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            values[slot] = 0;
            size++;
        }
        values[slot] += amount;
        growIfFull();
    }

    /** Sets the key's value. */
    void put(int key, int value) {
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        growIfFull();
    }

    int size() {
        return size;
    }

    /** Whether the key has a value. */
    boolean contains(int key) {
        return used[slot(key)];
    }

    /** The key's value; the key must be there. */
    int get(int key) {
        int slot = slot(key);
        if (!used[slot]) {
            throw new IllegalStateException("no entry for colour " + Integer.toHexString(key));
        }
        return values[slot];
    }

    /** The keys, in slot order. */
    int[] keys() {
        int[] all = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                all[n++] = keys[i];
            }
        }
        return all;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = key * HASH_MULTIPLIER >>> shift;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void growIfFull() {
        if (size * 2 <= keys.length) {
            return;
        }
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        shift--;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
