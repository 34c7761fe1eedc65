package dev.chorus.annotate;

import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import dev.chorus.model.Span;
import dev.chorus.text.WordList;
import dev.chorus.util.UnionFind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups mentions of the same entity across a corpus. Hand-written: CoreNLP's entity linking needs a Wikipedia
 * dictionary and coref, and neither merges "K. Tokayev" with "Kassym-Jomart Tokayev" nor "CSTO" with its long form.
 * <ol>
 *   <li>Names are cleaned: titles ("President", "Mr"), a leading "the", possessives ("Kazakhstan’s") and, for
 *       places, "Republic of" are stripped; "-isation" is spelled "-ization" for comparison.</li>
 *   <li>People with the same surname are one when their first names agree or one is the other's initial
 *       ("K. Tokayev"); a surname alone joins the only full name that has it.</li>
 *   <li>An acronym is its long form when a mention is written "Long Form (ACR)" anywhere in the corpus, or when
 *       the long form's initials spell it.</li>
 * </ol>
 * Pure and deterministic: the same mentions give the same entities and ids.
 */
public final class EntityCanonicalizer {
  static final Set<String> TITLES = WordList.load(EntityCanonicalizer.class, "titles.txt");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z](?:\\.?[A-Z&]){1,7}\\.?");

  private EntityCanonicalizer() {}

  /** Groups {@code mentions} (ordered by article and offset for stable output) into entities. */
  public static List<CanonicalEntity> canonicalize(List<Mention> mentions) {
    List<Mention> ms = new ArrayList<>(mentions);
    ms.sort(Comparator.comparing((Mention m) -> m.span().article()).thenComparingInt(m -> m.span().start()));
    int n = ms.size();
    String[] clean = new String[n];
    String[] key = new String[n];
    for (int i = 0; i < n; i++) {
      clean[i] = cleanName(ms.get(i).text(), ms.get(i).type());
      key[i] = ms.get(i).type() + ":" + comparable(clean[i]);
    }
    UnionFind sets = new UnionFind(n);
    // 1. identical cleaned names
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (clean[i].isEmpty()) {
        continue;
      }
      Integer f = firstByKey.putIfAbsent(key[i], i);
      if (f != null) {
        sets.union(f, i);
      }
    }
    mergePeople(ms, clean, key, sets, firstByKey);
    mergeAcronyms(ms, clean, key, sets, firstByKey);

    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!clean[i].isEmpty()) {
        groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    List<CanonicalEntity> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (List<Integer> g : groups.values()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int i : g) {
        counts.merge(clean[i], 1, Integer::sum);
      }
      String name = counts.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> isAcronym(e.getKey()) ? 0 : 1)
              .thenComparingInt(e -> e.getKey().split("\\s+").length)
              .thenComparingInt(e -> e.getKey().length())
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
      EntityType type = ms.get(g.get(0)).type();
      String id = type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
      String unique = id;
      for (int k = 2; !ids.add(unique); k++) {
        unique = id + "-" + k;
      }
      List<String> aliases = new ArrayList<>();
      for (String form : counts.keySet()) {
        if (!form.equals(name)) {
          aliases.add(form);
        }
      }
      List<Span> spans = new ArrayList<>();
      for (int i : g) {
        spans.add(ms.get(i).span());
      }
      out.add(new CanonicalEntity(unique, name, type, aliases, spans));
    }
    out.sort(Comparator.comparingInt((CanonicalEntity e) -> -e.mentions().size()).thenComparing(CanonicalEntity::id));
    return out;
  }

  private static void mergePeople(List<Mention> ms, String[] clean, String[] key, UnionFind sets,
      Map<String, Integer> firstByKey) {
    Map<String, List<Integer>> fullBySurname = new HashMap<>();
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      String[] tokens = clean[i].split("\\s+");
      if (ms.get(i).type() == EntityType.PERSON && tokens.length >= 2) {
        fullBySurname.computeIfAbsent(comparable(tokens[tokens.length - 1]), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> fulls : fullBySurname.values()) {
      fulls.sort(Comparator.comparingInt((Integer i) -> -clean[i].length()).thenComparing(i -> clean[i]));
      // initials and shorter first names join a fuller form they agree with
      for (int a = 0; a < fulls.size(); a++) {
        for (int b = a + 1; b < fulls.size(); b++) {
          if (firstNamesAgree(clean[fulls.get(a)], clean[fulls.get(b)])) {
            sets.union(fulls.get(a), fulls.get(b));
          }
        }
      }
    }
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      if (ms.get(i).type() != EntityType.PERSON || clean[i].contains(" ")) {
        continue;
      }
      List<Integer> fulls = fullBySurname.get(comparable(clean[i]));
      if (fulls == null) {
        continue;
      }
      Set<Integer> roots = new LinkedHashSet<>();
      for (int f : fulls) {
        roots.add(sets.find(f));
      }
      if (roots.size() == 1) {
        sets.union(roots.iterator().next(), i);
      }
    }
    // surname first ("Wang Wenbin" … "Wang added"): a single name that only one full name starts with joins it
    Map<String, Set<Integer>> fullByFirst = new HashMap<>();
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      String[] tokens = clean[i].split("\\s+");
      if (ms.get(i).type() == EntityType.PERSON && tokens.length >= 2) {
        fullByFirst.computeIfAbsent(comparable(tokens[0]), k -> new LinkedHashSet<>()).add(sets.find(i));
      }
    }
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      if (ms.get(i).type() != EntityType.PERSON || clean[i].contains(" ")
          || fullBySurname.containsKey(comparable(clean[i]))) {
        continue;
      }
      Set<Integer> roots = fullByFirst.get(comparable(clean[i]));
      if (roots != null && roots.size() == 1) {
        sets.union(roots.iterator().next(), i);
      }
    }
  }

  static boolean firstNamesAgree(String a, String b) {
    String fa = comparable(a.split("\\s+")[0]).replace(".", "");
    String fb = comparable(b.split("\\s+")[0]).replace(".", "");
    if (fa.equals(fb)) {
      return true;
    }
    boolean initialA = fa.length() == 1;
    boolean initialB = fb.length() == 1;
    return (initialA && fb.startsWith(fa)) || (initialB && fa.startsWith(fb));
  }

  private static void mergeAcronyms(List<Mention> ms, String[] clean, String[] key, UnionFind sets,
      Map<String, Integer> firstByKey) {
    // "Long Form (ACR)": the acronym mention starts two characters after the long form ends
    Map<String, Integer> explicit = new HashMap<>();
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention a = ms.get(i);
      Mention b = ms.get(i + 1);
      if (a.span().article().equals(b.span().article()) && b.span().start() == a.span().end() + 2
          && isAcronym(clean[i + 1]) && !isAcronym(clean[i]) && a.type() == b.type()) {
        explicit.putIfAbsent(a.type() + ":" + acronymKey(clean[i + 1]), i);
      }
    }
    Map<String, List<Integer>> longByInitials = new HashMap<>();
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      if (!isAcronym(clean[i])) {
        String initials = initials(clean[i]);
        if (initials.length() >= 2) {
          longByInitials.computeIfAbsent(ms.get(i).type() + ":" + initials, k -> new ArrayList<>()).add(i);
        }
      }
    }
    for (var e : firstByKey.entrySet()) {
      int i = e.getValue();
      if (!isAcronym(clean[i])) {
        continue;
      }
      String k = ms.get(i).type() + ":" + acronymKey(clean[i]);
      Integer longForm = explicit.get(k);
      if (longForm != null) {
        sets.union(longForm, i);
      }
      for (int l : longByInitials.getOrDefault(k, List.of())) {
        sets.union(l, i);
      }
    }
  }

  /** The name without titles, a leading article, possessive, or (for places) "Republic of". */
  static String cleanName(String surface, EntityType type) {
    String s = Normalizer.normalize(surface, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    s = POSSESSIVE.matcher(s).replaceFirst("");
    s = s.replaceFirst("^(?i)the ", "");
    if (type == EntityType.PERSON) {
      String[] words = s.split(" ");
      int i = 0;
      while (i < words.length - 1 && TITLES.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
        i++;
      }
      s = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
    if (type == EntityType.LOCATION) {
      s = s.replaceFirst("^(?i)republic of (the )?", "");
    }
    return s.strip();
  }

  static String comparable(String name) {
    return name.toLowerCase(Locale.ROOT).replace("isation", "ization").replace('’', '\'');
  }

  static boolean isAcronym(String s) {
    return ACRONYM.matcher(s).matches();
  }

  private static String acronymKey(String s) {
    return s.replace(".", "").toUpperCase(Locale.ROOT);
  }

  /** Initials of the capitalised words, joiners skipped: "Collective Security Treaty Organization" → CSTO. */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !MentionFilter.NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT))
          && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "x" : s;
  }
}
