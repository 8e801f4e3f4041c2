package dev.errorcontract.catalog.internal;

import java.util.Arrays;

/**
 * One received body being decoded by meaning, row after row: the body, whether members the catalog does
 * not declare make it undocumented, its object's members listed once ({@link #members()}), and what
 * comparing one row with them found. {@link RowDecoder} compares each row's declared members with the
 * list ({@link BodySkeleton#matchMembers}), building no value; only a row whose body that does not
 * cover (a member holding an argument, a detail or instance written twice, too many members) reads the
 * body into values with {@link JsonParser} and respells it, once per body. Not thread-safe: one per
 * decode.
 */
public final class ByMeaning {

  /** The most undeclared members of one nested object compared with one another for duplicates in the walk. */
  static final int MAX_UNDECLARED = 16;

  /** The most members of the body's object the one pass lists; past it, rows read the body's value instead. */
  static final int MAX_MEMBERS = 32;

  /** What {@link #members()} found: not yet looked at, listed, too many members, not an object, not JSON. */
  static final int UNREAD = 0;
  static final int LISTED = 1;
  static final int TOO_MANY = 2;
  static final int NOT_AN_OBJECT = 3;
  static final int NOT_JSON = 4;

  /** Per member of the body's object, {@link #FIELDS} ints: see {@link #members()}. */
  private static final int FIELDS = 5;

  final byte[] bytes;
  final int length;
  final boolean strict;
  /** The cursor every row's walk uses, one after the other. */
  final JsonParser in;

  private boolean notJson;
  private boolean parsed;
  private Object value;

  // What the walk of one row found.

  /** Members received that the row does not declare, ignored. */
  int ignored;

  /** Where the template detail's string lies, between its quotes; -1 for none. */
  int detailFrom;

  int detailTo;

  /** Whether the detail's bytes are as the server writes them: no escape, no four-byte UTF-8 sequence. */
  boolean detailAsWritten;

  /** The instance received, or null. */
  String instance;

  private int listing = UNREAD;
  /** Per member: name from, name to, value from, value to, flags (1: name escaped, 2: value escaped, 4: four-byte). */
  private int[] members;

  private int memberCount;

  /** Per member, the key of its name ({@link JsonParser#nameKey}); 0 for an escaped name. */
  private long[] keys;

  /** Per undeclared member of the objects being walked: where its name lies, and whether it has an escape. */
  private int[] undeclared;

  private int undeclaredCount;

  /**
   * @param bytes the body; {@code [0, length)} is read
   * @param strict whether members the catalog does not declare make the body no row's
   */
  public ByMeaning(byte[] bytes, int length, boolean strict) {
    this.bytes = bytes;
    this.length = length;
    this.strict = strict;
    this.in = new JsonParser(bytes, length);
  }

  /** Whether the body turned out not to be one strict JSON text: then no row reads it. */
  public boolean notJson() {
    return notJson;
  }

  /** How many members the last row read ignored (not declared). */
  public int ignored() {
    return ignored;
  }

  void markNotJson() {
    notJson = true;
  }

  /** The body's value as {@link JsonParser#parse} reads it, read once; null if it is not JSON. */
  Object value() {
    if (!parsed) {
      value = JsonParser.parse(bytes, length);
      parsed = true;
      notJson = value == null;
    }
    return value;
  }

  /**
   * The body's object read once, in one pass, for every row: each member's name and where its value
   * lies, every byte checked as {@link JsonParser#parse} checks it (values of objects and arrays read
   * through it), a member named twice refused. {@link #LISTED}, or why not: {@link #NOT_JSON} (then
   * {@link #notJson()}), {@link #NOT_AN_OBJECT}, or {@link #TOO_MANY} members to compare for duplicates
   * (then the rows read the body's value).
   */
  int members() {
    if (listing == UNREAD) {
      try {
        listing = list();
      } catch (JsonParser.Malformed | StackOverflowError e) {
        listing = NOT_JSON;
        notJson = true;
      }
    }
    return listing;
  }

  private int list() {
    // One loop over local copies of the text and the cursor: the body is walked once, byte by byte only
    // in whitespace and punctuation; strings are scanned eight bytes at a time (JsonParser#scanString),
    // other values checked by the parser's cursor.
    JsonParser in = this.in;
    byte[] b = bytes;
    int n = length;
    in.start();
    int i = in.position();
    if (i >= n || b[i] != '{') {
      return NOT_AN_OBJECT;
    }
    i = whitespace(b, i + 1, n);
    if (i < n && b[i] == '}') {
      i++;
    } else {
      int[] members = new int[FIELDS * 6];
      long[] keys = new long[6];
      long seenKeys = 0;
      boolean anyEscapedName = false;
      int count = 0;
      while (true) {
        if (i >= n || b[i] != '"') {
          throw JsonParser.malformed();
        }
        int nameFrom = i + 1;
        in.at(i, 1);
        int nameTo = in.scanString();
        boolean nameEscaped = in.escaped;
        i = whitespace(b, nameTo + 1, n);
        if (i >= n || b[i] != ':') {
          throw JsonParser.malformed();
        }
        i = whitespace(b, i + 1, n);
        if (i >= n) {
          throw JsonParser.malformed();
        }
        int valueFrom = i;
        int valueTo;
        int flags = nameEscaped ? 1 : 0;
        in.at(i, 1);
        if (b[i] == '"') {
          valueTo = in.scanString();
          flags |= (in.escaped ? 2 : 0) | (in.fourByte ? 4 : 0);
          i = valueTo + 1;
        } else {
          in.skipValue();
          valueTo = in.position();
          i = valueTo;
        }
        if (count == MAX_MEMBERS) {
          return TOO_MANY;
        }
        // Names compared only where they may be the same: an escape, or a colliding key bit.
        long key = nameEscaped ? 0 : in.nameKey(nameFrom, nameTo);
        anyEscapedName |= nameEscaped;
        long bit = 1L << (int) (key ^ key >>> 29 ^ key >>> 47 ^ nameTo - nameFrom);
        if (anyEscapedName || (seenKeys & bit) != 0) {
          this.members = members;
          this.memberCount = count;
          for (int k = 0; k < count; k++) {
            if (sameName(k, keys[k], nameFrom, nameTo, key, nameEscaped)) {
              throw JsonParser.malformed(); // a duplicate member
            }
          }
        }
        seenKeys |= bit;
        if (members.length < FIELDS * (count + 1)) {
          members = Arrays.copyOf(members, members.length * 2);
          keys = Arrays.copyOf(keys, keys.length * 2);
        }
        int at = FIELDS * count;
        members[at] = nameFrom;
        members[at + 1] = nameTo;
        members[at + 2] = valueFrom;
        members[at + 3] = valueTo;
        members[at + 4] = flags;
        keys[count++] = key;
        i = whitespace(b, i, n);
        if (i >= n) {
          throw JsonParser.malformed();
        }
        int c = b[i++];
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw JsonParser.malformed();
        }
        i = whitespace(b, i, n);
      }
      this.members = members;
      this.keys = keys;
      this.memberCount = count;
    }
    in.at(i, 0);
    in.finish();
    return LISTED;
  }

  /** Past the JSON whitespace at {@code i}. */
  private static int whitespace(byte[] b, int i, int n) {
    while (i < n) {
      int c = b[i];
      if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      i++;
    }
    return i;
  }

  private boolean sameName(int k, long otherKey, int from, int to, long key, boolean escaped) {
    int otherFrom = members[FIELDS * k];
    int otherTo = members[FIELDS * k + 1];
    if (!escaped && (members[FIELDS * k + 4] & 1) == 0) {
      return key == otherKey && to - from == otherTo - otherFrom && in.regionEquals(from, to, otherFrom, otherTo);
    }
    return in.text(from, to).equals(in.text(otherFrom, otherTo));
  }

  /** How many members {@link #members()} listed. */
  int memberCount() {
    return memberCount;
  }

  /** Of member {@code k}: where its name's text starts (past the quote). */
  int nameFrom(int k) {
    return members[FIELDS * k];
  }

  /** Of member {@code k}: where its name's closing quote is. */
  int nameTo(int k) {
    return members[FIELDS * k + 1];
  }

  /** Of member {@code k}: the key of its name ({@link JsonParser#nameKey}), if it has no escape. */
  long nameKey(int k) {
    return keys[k];
  }

  /** Of member {@code k}: whether its name has an escape. */
  boolean nameEscaped(int k) {
    return (members[FIELDS * k + 4] & 1) != 0;
  }

  /** Of member {@code k}: where its value starts. */
  int valueFrom(int k) {
    return members[FIELDS * k + 2];
  }

  /** Of member {@code k}: where its value ends; for a string, its closing quote. */
  int valueTo(int k) {
    return members[FIELDS * k + 3];
  }

  /** Of member {@code k}, a string: whether it has an escape. */
  boolean valueEscaped(int k) {
    return (members[FIELDS * k + 4] & 2) != 0;
  }

  /** Of member {@code k}, a string: whether it has a four-byte UTF-8 sequence. */
  boolean valueFourByte(int k) {
    return (members[FIELDS * k + 4] & 4) != 0;
  }

  /** Before walking one row. */
  void reset() {
    ignored = 0;
    detailFrom = -1;
    detailTo = -1;
    detailAsWritten = false;
    instance = null;
    undeclaredCount = 0;
  }

  /** Where the undeclared members of the object about to be walked start. */
  int undeclaredMark() {
    return undeclaredCount;
  }

  /** Forgets the undeclared members of the object walked, back to {@code mark}. */
  void undeclaredReset(int mark) {
    undeclaredCount = mark;
  }

  /**
   * An undeclared member named by the string {@code [from, to)} of an object whose undeclared members
   * start at {@code mark}: {@link JsonParser.Malformed} if that object already has one of that name,
   * {@link TooMany} past {@link #MAX_UNDECLARED} of them.
   */
  void undeclared(JsonParser in, int mark, int from, int to, boolean escaped) {
    if (undeclaredCount - mark >= MAX_UNDECLARED) {
      throw TooMany.INSTANCE;
    }
    String name = null;
    for (int k = mark; k < undeclaredCount; k++) {
      int otherFrom = undeclared[3 * k];
      int otherTo = undeclared[3 * k + 1];
      boolean otherEscaped = undeclared[3 * k + 2] != 0;
      boolean same;
      if (!escaped && !otherEscaped) {
        same = in.regionEquals(from, to, otherFrom, otherTo);
      } else {
        if (name == null) {
          name = in.text(from, to);
        }
        same = name.equals(in.text(otherFrom, otherTo));
      }
      if (same) {
        throw JsonParser.malformed(); // a duplicate member
      }
    }
    if (undeclared == null) {
      undeclared = new int[3 * 4];
    } else if (undeclared.length < 3 * (undeclaredCount + 1)) {
      undeclared = Arrays.copyOf(undeclared, undeclared.length * 2);
    }
    undeclared[3 * undeclaredCount] = from;
    undeclared[3 * undeclaredCount + 1] = to;
    undeclared[3 * undeclaredCount + 2] = escaped ? 1 : 0;
    undeclaredCount++;
  }

  /** More undeclared members in one object than the walk compares: the row is read from the value instead. */
  static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final TooMany INSTANCE = new TooMany();

    private TooMany() {
      super(null, null, false, false);
    }
  }
}
