"""Generate the course's Python code-instruction tasks: `code_train.jsonl` and `code_heldout.jsonl` next to this file.

Every task comes from a hand-written family (strings, lists, dicts, math, parsing, recursion, sorting) instantiated
with different parameters, so each task is a distinct function with its own behaviour. The reference solution of a
task is written out below as code; the expected values in its tests are computed by a *separate* oracle (usually a
builtin-based one-liner), so a wrong reference fails its own tests. Deterministic: `python data/make_code_tasks.py`.
"""
from __future__ import annotations
import copy, json, math, random, re, string, sys
from collections import Counter
from itertools import permutations
from pathlib import Path

HELDOUT = 60
TASKS: list[dict] = []

def T(name: str, sig: str, desc: str, body: str, cases: list[tuple], oracle, note: str = "") -> None:
    "Register one task: `def name sig:` + body; tests assert name(*case) == oracle(*case) for every case."
    body = "\n".join("    " + l if l.strip() else "" for l in body.strip("\n").splitlines())
    code = f"def {name}{sig}:\n{body}"
    tests = [f"assert {name}({', '.join(map(repr, c))}) == {oracle(*copy.deepcopy(c))!r}" for c in cases]
    ex = cases[0]
    example = f"{name}({', '.join(map(repr, ex))}) == {oracle(*copy.deepcopy(ex))!r}"
    prompt = f"Write a Python function `{name}{sig}` that {desc}\nExample: `{example}`"
    response = f"```python\n{code}\n```" + (f"\n{note}" if note else "")
    assert all(t["entry_point"] != name for t in TASKS), name
    TASKS.append(dict(prompt=prompt, response=response, entry_point=name, tests="\n".join(tests)))

WORDS = ["hello world", "Level", "A man, a plan, a canal: Panama", "", "banana", "Mississippi", "abc def ghi",
         "The quick brown fox", "racecar", "aaabccdddd"]

# ---------------------------------------------------------------- strings
for c, nm in [("e", "e"), ("a", "a"), ("s", "s"), ("o", "o"), ("t", "t")]:
    T(f"count_letter_{nm}", "(text: str) -> int",
      f"returns how many times the letter '{c}' occurs in `text`, counting upper and lower case.",
      f"return text.lower().count('{c}')",
      [("Elephant eyes",), ("",), ("SASSY sass",), ("Tattoo totem",), ("oboe OOO",)],
      lambda s, c=c: sum(ch in (c, c.upper()) for ch in s))

for ch, nm in [(" ", "spaces"), ("-", "dashes"), ("_", "underscores"), (".", "dots"), (",", "commas")]:
    T(f"remove_{nm}", "(text: str) -> str", f"returns `text` with every {repr(ch)} character removed.",
      f"return text.replace({ch!r}, '')",
      [("a b-c_d.e,f",), ("",), (f"{ch}{ch}x{ch}",), ("plain",)],
      lambda s, ch=ch: "".join(x for x in s if x != ch))

for k in (1, 3, 5, 13):
    T(f"caesar_shift_{k}", "(text: str) -> str",
      f"shifts every lowercase letter of `text` {k} place{'s' * (k > 1)} forward in the alphabet (wrapping from 'z' to 'a') and leaves every other character unchanged.",
      f"""
result = []
for ch in text:
    if 'a' <= ch <= 'z':
        ch = chr((ord(ch) - ord('a') + {k}) % 26 + ord('a'))
    result.append(ch)
return ''.join(result)""",
      [("abc xyz",), ("Hello, World!",), ("",), ("zebra",)],
      lambda s, k=k: s.translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k])))

T("is_palindrome", "(text: str) -> bool", "returns True if `text` reads the same forwards and backwards (exact characters).",
  "return text == text[::-1]", [("racecar",), ("Racecar",), ("",), ("ab",), ("abba",)], lambda s: list(s) == list(reversed(s)))
T("is_palindrome_ignore_case", "(text: str) -> bool", "returns True if `text` is a palindrome when upper and lower case are treated as equal.",
  "lowered = text.lower()\nreturn lowered == lowered[::-1]", [("Racecar",), ("Abc",), ("",), ("NooN",)],
  lambda s: all(a.lower() == b.lower() for a, b in zip(s, reversed(s))))
T("is_sentence_palindrome", "(text: str) -> bool", "returns True if `text` is a palindrome after removing every non-alphanumeric character and ignoring case.",
  "clean = [ch.lower() for ch in text if ch.isalnum()]\nreturn clean == clean[::-1]",
  [("A man, a plan, a canal: Panama",), ("race a car",), ("",), ("No 'x' in Nixon",)],
  lambda s: (lambda t: t == t[::-1])(re.sub(r"[^0-9a-z]", "", s.lower())))
T("is_number_palindrome", "(n: int) -> bool", "returns True if the decimal digits of the non-negative integer `n` read the same in both directions.",
  "digits = str(n)\nreturn digits == digits[::-1]", [(121,), (10,), (0,), (12321,), (123,)],
  lambda n: int(str(n)[::-1]) == n and not (n % 10 == 0 and n != 0))

T("reverse_word_order", "(sentence: str) -> str", "returns the words of `sentence` (separated by whitespace) in reverse order, joined by single spaces.",
  "return ' '.join(reversed(sentence.split()))", [("the quick brown fox",), ("one",), ("",), ("  a  b ",)],
  lambda s: " ".join(s.split()[::-1]))
T("reverse_each_word", "(sentence: str) -> str", "reverses the letters of every word of `sentence` but keeps the word order; words are joined by single spaces.",
  "return ' '.join(word[::-1] for word in sentence.split())", [("hello world",), ("abc",), ("",), ("ab  cd",)],
  lambda s: " ".join("".join(reversed(w)) for w in s.split()))
for k in (3, 4, 5):
    T(f"reverse_words_longer_than_{k}", "(sentence: str) -> str",
      f"reverses every word of `sentence` that has more than {k} letters and keeps the other words as they are; words are joined by single spaces.",
      f"return ' '.join(w[::-1] if len(w) > {k} else w for w in sentence.split())",
      [("hello big world",), ("a bb ccc dddd eeeee ffffff",), ("",)],
      lambda s, k=k: " ".join("".join(reversed(w)) if len(w) > k else w for w in s.split()))

VOWELS = "aeiou"
T("count_vowels", "(text: str) -> int", "returns the number of vowels (a, e, i, o, u, either case) in `text`.",
  "return sum(1 for ch in text.lower() if ch in 'aeiou')", [("Hello World",), ("",), ("AEIOU xyz",), ("rhythm",)],
  lambda s: len(re.findall(r"[aeiou]", s, re.I)))
T("count_consonants", "(text: str) -> int", "returns the number of consonants in `text`: ASCII letters that are not a, e, i, o or u (either case).",
  "return sum(1 for ch in text.lower() if ch.isascii() and ch.isalpha() and ch not in 'aeiou')",
  [("Hello World",), ("",), ("AEIOU xyz",), ("rhythm 42",)], lambda s: len(re.findall(r"[b-df-hj-np-tv-z]", s, re.I)))
T("remove_vowels", "(text: str) -> str", "returns `text` without its vowels (a, e, i, o, u in either case).",
  "return ''.join(ch for ch in text if ch.lower() not in 'aeiou')", [("Hello World",), ("",), ("AEIOUaeiou",), ("sky",)],
  lambda s: re.sub(r"[aeiou]", "", s, flags=re.I))
for sym in ("*", "#"):
    nm = {"*": "stars", "#": "hashes"}[sym]
    T(f"vowels_to_{nm}", "(text: str) -> str", f"replaces every vowel (a, e, i, o, u in either case) of `text` with '{sym}'.",
      f"return ''.join('{sym}' if ch.lower() in 'aeiou' else ch for ch in text)",
      [("Hello World",), ("",), ("AEIOU",), ("xyz",)], lambda s, sym=sym: re.sub(r"[aeiou]", sym, s, flags=re.I))
T("first_vowel_index", "(text: str) -> int", "returns the index of the first vowel (a, e, i, o, u, either case) in `text`, or -1 if there is none.",
  "for i, ch in enumerate(text):\n    if ch.lower() in 'aeiou':\n        return i\nreturn -1",
  [("rhythm and blues",), ("Apple",), ("",), ("xyz",)], lambda s: next((m.start() for m in re.finditer(r"[aeiou]", s, re.I)), -1))

T("run_length_encode", "(text: str) -> str", "run-length encodes `text`: each run of a repeated character becomes the character followed by the run length, e.g. 'aaab' -> 'a3b1'.",
  """
if not text:
    return ''
out, count = [], 1
for prev, ch in zip(text, text[1:]):
    if ch == prev:
        count += 1
    else:
        out.append(f'{prev}{count}')
        count = 1
out.append(f'{text[-1]}{count}')
return ''.join(out)""", [("aaabccdddd",), ("",), ("abc",), ("zzzzzz",)],
  lambda s: "".join(f"{m.group(1)}{len(m.group(0))}" for m in re.finditer(r"(.)\1*", s)))
T("run_length_count_first", "(text: str) -> str", "run-length encodes `text` with the count before the character, e.g. 'aaab' -> '3a1b'.",
  """
out, i = [], 0
while i < len(text):
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    out.append(f'{j - i}{text[i]}')
    i = j
return ''.join(out)""", [("aaabccdddd",), ("",), ("abc",), ("zzzzzz",)],
  lambda s: "".join(f"{len(m.group(0))}{m.group(1)}" for m in re.finditer(r"(.)\1*", s)))
T("run_length_decode", "(code: str) -> str", "decodes a run-length string made of letter-count pairs such as 'a3b1' (counts may have several digits) back to the text ('aaab').",
  """
import re
return ''.join(ch * int(n) for ch, n in re.findall(r'([a-zA-Z])(\\d+)', code))""",
  [("a3b1",), ("",), ("x10y2",), ("a1b1c1",)], lambda s: "".join(s[m.start()] * int(m.group(2)) for m in re.finditer(r"([a-zA-Z])(\d+)", s)))
T("squeeze_runs", "(text: str) -> str", "collapses every run of the same repeated character in `text` into a single character ('aaabcc' -> 'abc').",
  "out = []\nfor ch in text:\n    if not out or out[-1] != ch:\n        out.append(ch)\nreturn ''.join(out)",
  [("aaabccdddd",), ("",), ("abab",), ("mississippi",)], lambda s: re.sub(r"(.)\1+", r"\1", s))

T("snake_to_camel", "(name: str) -> str", "converts a snake_case identifier to camelCase ('max_value_seen' -> 'maxValueSeen').",
  "first, *rest = name.split('_')\nreturn first + ''.join(part.capitalize() for part in rest)",
  [("max_value_seen",), ("x",), ("http_response_code",), ("a_b",)],
  lambda s: re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), s))
T("camel_to_snake", "(name: str) -> str", "converts a camelCase identifier to snake_case ('maxValueSeen' -> 'max_value_seen').",
  "return ''.join('_' + ch.lower() if ch.isupper() else ch for ch in name)",
  [("maxValueSeen",), ("x",), ("httpResponseCode",), ("aB",)], lambda s: re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), s))
T("kebab_to_snake", "(name: str) -> str", "converts a kebab-case name to snake_case by replacing '-' with '_'.",
  "return name.replace('-', '_')", [("my-long-name",), ("x",), ("a--b",)], lambda s: "_".join(s.split("-")))
T("capitalize_words", "(sentence: str) -> str", "upper-cases the first letter of every space-separated word and lower-cases the rest; words are joined by single spaces.",
  "return ' '.join(w[:1].upper() + w[1:].lower() for w in sentence.split())",
  [("hello wORLD",), ("",), ("a b c",), ("python IS fun",)], lambda s: " ".join(w.capitalize() for w in s.split()))
T("swap_case", "(text: str) -> str", "turns upper-case letters of `text` into lower case and lower-case letters into upper case, without using str.swapcase.",
  "return ''.join(ch.lower() if ch.isupper() else ch.upper() for ch in text)",
  [("Hello World",), ("",), ("abc123XYZ",)], lambda s: s.swapcase())
T("alternating_case", "(text: str) -> str", "upper-cases characters at even indexes and lower-cases characters at odd indexes of `text`.",
  "return ''.join(ch.upper() if i % 2 == 0 else ch.lower() for i, ch in enumerate(text))",
  [("hello world",), ("",), ("ABCDEF",)], lambda s: "".join(map(lambda p: p[1].upper() if p[0] % 2 == 0 else p[1].lower(), enumerate(s))))

T("acronym", "(phrase: str) -> str", "returns the upper-case first letters of the words of `phrase` ('portable network graphics' -> 'PNG').",
  "return ''.join(word[0].upper() for word in phrase.split())",
  [("portable network graphics",), ("",), ("as soon as possible",)], lambda s: "".join(w[0] for w in s.split()).upper())
T("initials", "(full_name: str) -> str", "returns the initials of `full_name`, each upper-case and followed by a dot ('ada lovelace' -> 'A.L.').",
  "return ''.join(part[0].upper() + '.' for part in full_name.split())",
  [("ada lovelace",), ("Grace Brewster Hopper",), ("",)], lambda s: "".join(f"{w[0].upper()}." for w in s.split()))

for k in (2, 4):
    T(f"mask_all_but_last_{k}", "(secret: str) -> str", f"replaces every character of `secret` except the last {k} with '*'.",
      f"if len(secret) <= {k}:\n    return secret\nreturn '*' * (len(secret) - {k}) + secret[-{k}:]",
      [("4111222233334444",), ("ab",), ("",), ("hello",)], lambda s, k=k: "".join("*" if i < len(s) - k else c for i, c in enumerate(s)))
for w, fill in [(5, "0"), (8, "."), (6, " ")]:
    T(f"pad_left_{w}", "(text: str) -> str", f"pads `text` on the left with {fill!r} to a width of {w} characters; longer text is returned unchanged.",
      f"return {fill!r} * max(0, {w} - len(text)) + text", [("42",), ("",), ("abcdefghij",), ("abc",)],
      lambda s, w=w, fill=fill: s.rjust(w, fill))
for n in (5, 8, 10):
    T(f"truncate_{n}", "(text: str) -> str", f"returns `text` unchanged if it has at most {n} characters, otherwise its first {n - 3} characters followed by '...'.",
      f"if len(text) <= {n}:\n    return text\nreturn text[:{n - 3}] + '...'",
      [("hello",), ("hello world, how are you",), ("",), ("abcdefghijk",)], lambda s, n=n: s if len(s) <= n else s[: n - 3] + "...")
for n in (2, 3, 4):
    T(f"split_every_{n}", "(text: str) -> list", f"splits `text` into consecutive pieces of {n} characters; the last piece may be shorter.",
      f"return [text[i:i + {n}] for i in range(0, len(text), {n})]", [("abcdefg",), ("",), ("abcdefgh",)],
      lambda s, n=n: re.findall("." * n + "|.+$", s) if s else [])

T("count_words", "(text: str) -> int", "returns the number of whitespace-separated words in `text`.",
  "return len(text.split())", [("hello big world",), ("",), ("  spaced   out  ",)], lambda s: len(re.findall(r"\S+", s)))
for k in (3, 5):
    T(f"count_words_longer_than_{k}", "(text: str) -> int", f"returns how many whitespace-separated words of `text` have more than {k} characters.",
      f"return sum(1 for w in text.split() if len(w) > {k})", [("the quick brown fox jumps",), ("",), ("extraordinary things happen",)],
      lambda s, k=k: len([w for w in s.split() if len(w) > k]))
T("longest_word", "(text: str) -> str", "returns the longest whitespace-separated word of `text` (the first one on ties), or '' for no words.",
  "best = ''\nfor word in text.split():\n    if len(word) > len(best):\n        best = word\nreturn best",
  [("the quick brown fox",), ("",), ("aa bb cc",), ("a abc ab",)], lambda s: max(s.split(), key=len, default=""))
T("shortest_word", "(text: str) -> str", "returns the shortest whitespace-separated word of `text` (the first one on ties), or '' for no words.",
  "words = text.split()\nif not words:\n    return ''\nbest = words[0]\nfor word in words[1:]:\n    if len(word) < len(best):\n        best = word\nreturn best",
  [("the quick brown fox",), ("",), ("aa bb cc",), ("abc a ab",)], lambda s: min(s.split(), key=len, default=""))

T("char_frequencies", "(text: str) -> dict", "returns a dict that maps each character of `text` to the number of times it occurs.",
  "counts = {}\nfor ch in text:\n    counts[ch] = counts.get(ch, 0) + 1\nreturn counts",
  [("banana",), ("",), ("aAa",)], lambda s: dict(Counter(s)))
T("most_common_char", "(text: str) -> str", "returns the character that occurs most often in `text` (on ties, the one that appears first), or '' for empty text.",
  "best, best_count = '', 0\nfor ch in text:\n    n = text.count(ch)\n    if n > best_count:\n        best, best_count = ch, n\nreturn best",
  [("banana",), ("",), ("abcabc",), ("mississippi",)], lambda s: max(s, key=lambda c: (s.count(c), -s.index(c)), default=""))
T("first_unique_char", "(text: str) -> str", "returns the first character of `text` that occurs exactly once, or None if there is none.",
  "for ch in text:\n    if text.count(ch) == 1:\n        return ch\nreturn None",
  [("swiss",), ("aabb",), ("",), ("abcab",)], lambda s: next((c for c in s if Counter(s)[c] == 1), None))
T("repeated_chars", "(text: str) -> list", "returns the sorted list of distinct characters that occur more than once in `text`.",
  "return sorted({ch for ch in text if text.count(ch) > 1})",
  [("mississippi",), ("abc",), ("",)], lambda s: sorted(c for c, n in Counter(s).items() if n > 1))
T("is_anagram", "(a: str, b: str) -> bool", "returns True if `a` and `b` contain the same letters in some order, ignoring spaces and case.",
  "clean = lambda s: sorted(s.replace(' ', '').lower())\nreturn clean(a) == clean(b)",
  [("Listen", "Silent"), ("abc", "abd"), ("", ""), ("Dormitory", "dirty room")],
  lambda a, b: Counter(a.lower().replace(" ", "")) == Counter(b.lower().replace(" ", "")))
T("is_pangram", "(text: str) -> bool", "returns True if `text` contains every letter from a to z at least once (either case).",
  "letters = set(text.lower())\nreturn all(ch in letters for ch in 'abcdefghijklmnopqrstuvwxyz')",
  [("The quick brown fox jumps over the lazy dog",), ("hello",), ("",)], lambda s: set(string.ascii_lowercase) <= set(s.lower()))
T("all_unique_chars", "(text: str) -> bool", "returns True if no character occurs twice in `text`.",
  "return len(set(text)) == len(text)", [("abc",), ("abca",), ("",)], lambda s: all(n == 1 for n in Counter(s).values()))
for k in (2, 3):
    T(f"repeat_chars_{k}", "(text: str) -> str", f"repeats every character of `text` {k} times ('ab' -> '{'a' * k}{'b' * k}').",
      f"return ''.join(ch * {k} for ch in text)", [("ab",), ("",), ("xyz",)], lambda s, k=k: re.sub("(.)", r"\1" * k, s))
T("interleave", "(a: str, b: str) -> str", "interleaves the characters of `a` and `b` ('abc', '12' -> 'a1b2c'); leftover characters of the longer string go at the end.",
  "out = []\nfor i in range(max(len(a), len(b))):\n    if i < len(a):\n        out.append(a[i])\n    if i < len(b):\n        out.append(b[i])\nreturn ''.join(out)",
  [("abc", "12"), ("", "xy"), ("ab", "1234")], lambda a, b: "".join(x + y for x, y in zip(a, b)) + a[len(b):] + b[len(a):])
for start in (0, 1):
    T(f"every_other_char_from_{start}", "(text: str) -> str", f"returns the characters of `text` at indexes {start}, {start + 2}, {start + 4}, ...",
      f"return text[{start}::2]", [("abcdefg",), ("",), ("xy",)], lambda s, st=start: "".join(c for i, c in enumerate(s) if i % 2 == st))
T("count_overlapping", "(text: str, sub: str) -> int", "returns how many times the non-empty string `sub` occurs in `text`, counting overlapping occurrences ('aaa', 'aa' -> 2).",
  "return sum(1 for i in range(len(text) - len(sub) + 1) if text[i:i + len(sub)] == sub)",
  [("aaa", "aa"), ("banana", "ana"), ("", "a"), ("abc", "d")], lambda t, s: len(re.findall(f"(?=({re.escape(s)}))", t)))
T("count_non_overlapping", "(text: str, sub: str) -> int", "returns how many non-overlapping times the non-empty string `sub` occurs in `text`, scanning left to right, without using str.count.",
  "count = i = 0\nwhile True:\n    i = text.find(sub, i)\n    if i < 0:\n        return count\n    count += 1\n    i += len(sub)",
  [("aaa", "aa"), ("banana", "ana"), ("", "a"), ("abababab", "ab")], lambda t, s: t.count(s))
T("remove_digits", "(text: str) -> str", "returns `text` without its decimal digits.",
  "return ''.join(ch for ch in text if not ch.isdigit())", [("a1b2c3",), ("",), ("2024",)], lambda s: re.sub(r"\d", "", s))
T("only_digits", "(text: str) -> str", "returns only the decimal digits of `text`, in order.",
  "return ''.join(ch for ch in text if ch.isdigit())", [("a1b2c3",), ("",), ("phone: 555-0199",)], lambda s: re.sub(r"\D", "", s))
T("sum_of_digit_chars", "(text: str) -> int", "returns the sum of all decimal digit characters in `text` ('a1b23' -> 6).",
  "return sum(int(ch) for ch in text if ch.isdigit())", [("a1b23",), ("",), ("no digits",), ("9999",)], lambda s: sum(map(int, re.findall(r"\d", s))))
T("extract_integers", "(text: str) -> list", "returns the list of non-negative integers written in `text`, in order ('a12b3' -> [12, 3]).",
  "import re\nreturn [int(x) for x in re.findall(r'\\d+', text)]", [("a12b3",), ("",), ("in 2024 we had 3 cats and 12 dogs",)],
  lambda s: [int(m) for m in re.split(r"\D+", s) if m])
T("normalize_spaces", "(text: str) -> str", "replaces every run of whitespace in `text` with a single space and removes leading and trailing whitespace.",
  "return ' '.join(text.split())", [("  hello   big\tworld ",), ("",), ("a\n\nb",)], lambda s: re.sub(r"\s+", " ", s).strip())

# ---------------------------------------------------------------- lists
NUMS = [([1, 2, 3, 4, 5, 6],), ([],), ([-3, -2, 0, 7, 10],), ([9, 15, 21, 14],)]
T("sum_evens", "(nums: list) -> int", "returns the sum of the even numbers in `nums`.",
  "return sum(n for n in nums if n % 2 == 0)", NUMS, lambda xs: sum(filter(lambda n: not n & 1, xs)))
T("sum_odds", "(nums: list) -> int", "returns the sum of the odd numbers in `nums`.",
  "return sum(n for n in nums if n % 2 != 0)", NUMS, lambda xs: sum(filter(lambda n: n & 1, xs)))
for k in (3, 5, 7):
    T(f"sum_multiples_of_{k}", "(nums: list) -> int", f"returns the sum of the numbers in `nums` that are divisible by {k}.",
      f"return sum(n for n in nums if n % {k} == 0)", NUMS, lambda xs, k=k: sum(x for x in xs if x / k == x // k))
    T(f"keep_multiples_of_{k}", "(nums: list) -> list", f"returns the numbers of `nums` divisible by {k}, in their original order.",
      f"return [n for n in nums if n % {k} == 0]", NUMS, lambda xs, k=k: list(filter(lambda x: x / k == x // k, xs)))
T("product", "(nums: list) -> int", "returns the product of the numbers in `nums` (1 for an empty list), without math.prod.",
  "result = 1\nfor n in nums:\n    result *= n\nreturn result", NUMS, lambda xs: math.prod(xs))
for p, nm in [(2, "squares"), (3, "cubes")]:
    T(f"sum_of_{nm}", "(nums: list) -> int", f"returns the sum of the {nm} of the numbers in `nums`.",
      f"return sum(n ** {p} for n in nums)", NUMS, lambda xs, p=p: int(sum(math.pow(x, p) for x in xs)))
for nm, cond, desc in [("count_positive", "n > 0", "greater than zero"), ("count_negative", "n < 0", "less than zero"),
                       ("count_zeros", "n == 0", "equal to zero")]:
    T(nm, "(nums: list) -> int", f"returns how many numbers in `nums` are {desc}.", f"return sum(1 for n in nums if {cond})",
      [([1, -2, 0, 3, 0],), ([],), ([-1, -1],)], lambda xs, cond=cond: len([n for n in xs if eval(cond)]))
T("count_above", "(nums: list, threshold: int) -> int", "returns how many numbers in `nums` are strictly greater than `threshold`.",
  "return sum(1 for n in nums if n > threshold)", [([1, 5, 7, 5], 5), ([], 0), ([-3, -1], -2)], lambda xs, t: len([x for x in xs if x > t]))

for k in (1, 2, 3):
    T(f"rotate_left_{k}", "(items: list) -> list", f"returns a new list with `items` rotated {k} position{'s' * (k > 1)} to the left (the first items move to the end); works for any length.",
      f"if not items:\n    return []\nk = {k} % len(items)\nreturn items[k:] + items[:k]",
      [([1, 2, 3, 4, 5],), ([],), ([1, 2],), (["a"],)], lambda xs, k=k: [xs[(i + k) % len(xs)] for i in range(len(xs))])
    T(f"rotate_right_{k}", "(items: list) -> list", f"returns a new list with `items` rotated {k} position{'s' * (k > 1)} to the right (the last items move to the front); works for any length.",
      f"if not items:\n    return []\nk = {k} % len(items)\nreturn items[-k:] + items[:-k] if k else items[:]",
      [([1, 2, 3, 4, 5],), ([],), ([1, 2],), (["a"],)], lambda xs, k=k: [xs[(i - k) % len(xs)] for i in range(len(xs))])
for k in (2, 3):
    T(f"chunks_of_{k}", "(items: list) -> list", f"splits `items` into consecutive sublists of {k} items; the last sublist may be shorter.",
      f"return [items[i:i + {k}] for i in range(0, len(items), {k})]", [([1, 2, 3, 4, 5],), ([],), ([1, 2, 3, 4, 5, 6],)],
      lambda xs, k=k: [list(g) for g in zip(*[iter(xs)] * k)] + ([xs[len(xs) // k * k:]] if len(xs) % k else []))
T("adjacent_sums", "(nums: list) -> list", "returns the sums of each pair of neighbouring numbers in `nums` ([1, 2, 4] -> [3, 6]).",
  "return [a + b for a, b in zip(nums, nums[1:])]", [([1, 2, 4],), ([],), ([5],), ([1, -1, 1, -1],)], lambda xs: [xs[i] + xs[i + 1] for i in range(len(xs) - 1)])
T("differences", "(nums: list) -> list", "returns the differences between consecutive numbers of `nums` (each next minus previous).",
  "return [b - a for a, b in zip(nums, nums[1:])]", [([1, 2, 4, 7],), ([],), ([5],), ([3, 1],)], lambda xs: [xs[i + 1] - xs[i] for i in range(len(xs) - 1)])
T("running_sum", "(nums: list) -> list", "returns the running totals of `nums` ([1, 2, 3] -> [1, 3, 6]).",
  "total, out = 0, []\nfor n in nums:\n    total += n\n    out.append(total)\nreturn out", NUMS, lambda xs: [sum(xs[: i + 1]) for i in range(len(xs))])
T("running_max", "(nums: list) -> list", "returns, for each position of `nums`, the largest number seen so far.",
  "out = []\nfor n in nums:\n    out.append(n if not out or n > out[-1] else out[-1])\nreturn out",
  [([3, 1, 4, 1, 5, 9, 2],), ([],), ([-5, -7, -1],)], lambda xs: [max(xs[: i + 1]) for i in range(len(xs))])
T("running_product", "(nums: list) -> list", "returns the running products of `nums` ([1, 2, 3] -> [1, 2, 6]).",
  "out, p = [], 1\nfor n in nums:\n    p *= n\n    out.append(p)\nreturn out", [([1, 2, 3, 4],), ([],), ([2, -1, 0, 5],)],
  lambda xs: [math.prod(xs[: i + 1]) for i in range(len(xs))])

T("dedupe", "(items: list) -> list", "removes repeated items from `items`, keeping the first occurrence of each and the original order.",
  "seen, out = set(), []\nfor x in items:\n    if x not in seen:\n        seen.add(x)\n        out.append(x)\nreturn out",
  [([3, 1, 3, 2, 1],), ([],), (["a", "b", "a"],)], lambda xs: list(dict.fromkeys(xs)))
T("appear_once", "(items: list) -> list", "returns the items of `items` that occur exactly once, in their original order.",
  "return [x for x in items if items.count(x) == 1]", [([3, 1, 3, 2, 1, 5],), ([],), (["a", "b", "a"],)],
  lambda xs: [x for x in xs if Counter(xs)[x] == 1])
T("duplicates", "(items: list) -> list", "returns each item that occurs more than once in `items`, once, in the order of its first occurrence.",
  "out = []\nfor x in items:\n    if items.count(x) > 1 and x not in out:\n        out.append(x)\nreturn out",
  [([3, 1, 3, 2, 1, 5],), ([],), (["a", "b", "a", "a"],)], lambda xs: [x for x in dict.fromkeys(xs) if Counter(xs)[x] > 1])
T("count_distinct", "(items: list) -> int", "returns the number of distinct items in `items`.",
  "return len(set(items))", [([3, 1, 3, 2, 1],), ([],), (["a", "A"],)], lambda xs: len(Counter(xs)))
T("second_largest", "(nums: list) -> int", "returns the second largest distinct value in `nums`, or None if there are fewer than two distinct values.",
  "values = sorted(set(nums))\nreturn values[-2] if len(values) >= 2 else None",
  [([3, 1, 4, 4, 2],), ([5, 5],), ([],), ([-1, -2],)], lambda xs: (lambda s: s[1] if len(s) > 1 else None)(sorted(set(xs), reverse=True)))
T("second_smallest", "(nums: list) -> int", "returns the second smallest distinct value in `nums`, or None if there are fewer than two distinct values.",
  "values = sorted(set(nums))\nreturn values[1] if len(values) >= 2 else None",
  [([3, 1, 4, 1, 2],), ([5, 5],), ([],), ([-1, -2],)], lambda xs: (lambda s: s[1] if len(s) > 1 else None)(sorted(set(xs))))
for k in (2, 3):
    T(f"top_{k}", "(nums: list) -> list", f"returns the {k} largest numbers of `nums` in descending order (fewer if `nums` is shorter); duplicates count separately.",
      f"return sorted(nums, reverse=True)[:{k}]", [([3, 1, 4, 1, 5, 9, 2],), ([1],), ([],), ([7, 7, 7, 1],)],
      lambda xs, k=k: __import__("heapq").nlargest(k, xs))
T("index_of_max", "(nums: list) -> int", "returns the index of the largest number in `nums` (the first one on ties), or -1 for an empty list.",
  "if not nums:\n    return -1\nbest = 0\nfor i, n in enumerate(nums):\n    if n > nums[best]:\n        best = i\nreturn best",
  [([3, 9, 4, 9],), ([],), ([-1],)], lambda xs: xs.index(max(xs)) if xs else -1)
T("index_of_min", "(nums: list) -> int", "returns the index of the smallest number in `nums` (the first one on ties), or -1 for an empty list.",
  "if not nums:\n    return -1\nbest = 0\nfor i, n in enumerate(nums):\n    if n < nums[best]:\n        best = i\nreturn best",
  [([3, 1, 4, 1],), ([],), ([-1],)], lambda xs: xs.index(min(xs)) if xs else -1)
for k in (2, 3):
    T(f"moving_average_{k}", "(nums: list) -> list", f"returns the averages of every window of {k} consecutive numbers of `nums`, each rounded to 2 decimals.",
      f"return [round(sum(nums[i:i + {k}]) / {k}, 2) for i in range(len(nums) - {k} + 1)]",
      [([1, 2, 3, 4, 5],), ([1],), ([2, 4, 9, 1],)], lambda xs, k=k: [round(sum(w) / k, 2) for w in zip(*[xs[j:] for j in range(k)])])
for lo, hi in [(0, 10), (-5, 5), (1, 100)]:
    nm = f"clamp_{lo}_{hi}".replace("-", "minus")
    T(nm, "(nums: list) -> list", f"returns `nums` with every value below {lo} replaced by {lo} and every value above {hi} replaced by {hi}.",
      f"return [min(max(n, {lo}), {hi}) for n in nums]", [([-20, 0, 3, 50, 200],), ([],), ([5],)],
      lambda xs, lo=lo, hi=hi: [lo if x < lo else hi if x > hi else x for x in xs])
T("flatten_once", "(lists: list) -> list", "concatenates a list of lists into one list (one level only).",
  "out = []\nfor sub in lists:\n    out.extend(sub)\nreturn out", [([[1, 2], [3], []],), ([],), ([[[1]], [2]],)], lambda ls: sum(ls, []))
T("transpose", "(matrix: list) -> list", "returns the transpose of a rectangular matrix given as a list of rows (an empty matrix gives []).",
  "return [list(col) for col in zip(*matrix)]", [([[1, 2, 3], [4, 5, 6]],), ([],), ([[1], [2]],)],
  lambda m: [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))] if m else [])
T("diagonal_sum", "(matrix: list) -> int", "returns the sum of the main diagonal of a square matrix given as a list of rows.",
  "return sum(matrix[i][i] for i in range(len(matrix)))", [([[1, 2], [3, 4]],), ([],), ([[5, 0, 0], [0, 6, 0], [1, 1, 7]],)],
  lambda m: sum(row[i] for i, row in enumerate(m)))
T("row_sums", "(matrix: list) -> list", "returns the sum of each row of `matrix` (a list of lists of numbers).",
  "return [sum(row) for row in matrix]", [([[1, 2], [3, 4]],), ([],), ([[], [5]],)], lambda m: list(map(sum, m)))
T("column_sums", "(matrix: list) -> list", "returns the sum of each column of a rectangular, non-empty `matrix` given as a list of rows.",
  "return [sum(row[c] for row in matrix) for c in range(len(matrix[0]))]", [([[1, 2], [3, 4]],), ([[1, 2, 3]],), ([[5], [6], [7]],)],
  lambda m: [sum(col) for col in zip(*m)])
T("identity_matrix", "(n: int) -> list", "returns the n-by-n identity matrix as a list of lists of ints.",
  "return [[1 if r == c else 0 for c in range(n)] for r in range(n)]", [(3,), (0,), (1,)], lambda n: [[int(r == c) for c in range(n)] for r in range(n)])
T("merge_sorted", "(a: list, b: list) -> list", "merges two ascending lists into one ascending list without calling sort or sorted.",
  "out, i, j = [], 0, 0\nwhile i < len(a) and j < len(b):\n    if a[i] <= b[j]:\n        out.append(a[i]); i += 1\n    else:\n        out.append(b[j]); j += 1\nreturn out + a[i:] + b[j:]",
  [([1, 4, 6], [2, 3, 7, 8]), ([], [1]), ([1, 1], [1])], lambda a, b: sorted(a + b))
T("common_sorted", "(a: list, b: list) -> list", "returns the distinct values found in both `a` and `b`, in ascending order.",
  "return sorted(set(a) & set(b))", [([1, 4, 6, 4], [4, 6, 8]), ([], [1]), ([3, 2, 1], [1, 2, 3])], lambda a, b: sorted(x for x in set(a) if x in b))
T("union_sorted", "(a: list, b: list) -> list", "returns the distinct values found in `a` or `b`, in ascending order.",
  "return sorted(set(a) | set(b))", [([1, 4, 6, 4], [4, 6, 8]), ([], []), ([3], [1])], lambda a, b: sorted(dict.fromkeys(a + b)))
T("list_difference", "(a: list, b: list) -> list", "returns the items of `a` that do not occur in `b`, keeping their order and repeats.",
  "exclude = set(b)\nreturn [x for x in a if x not in exclude]", [([1, 2, 2, 3, 4], [2, 4]), ([], [1]), ([1], [])], lambda a, b: list(filter(lambda x: b.count(x) == 0, a)))
T("symmetric_difference_sorted", "(a: list, b: list) -> list", "returns, in ascending order, the distinct values that occur in exactly one of `a` and `b`.",
  "return sorted(set(a) ^ set(b))", [([1, 2, 3], [2, 3, 4]), ([], [1]), ([1, 1], [1])], lambda a, b: sorted((set(a) - set(b)) | (set(b) - set(a))))
T("is_sorted_ascending", "(nums: list) -> bool", "returns True if every number of `nums` is less than or equal to the next one.",
  "return all(a <= b for a, b in zip(nums, nums[1:]))", [([1, 2, 2, 5],), ([],), ([3, 1],)], lambda xs: xs == sorted(xs))
T("is_sorted_descending", "(nums: list) -> bool", "returns True if every number of `nums` is greater than or equal to the next one.",
  "return all(a >= b for a, b in zip(nums, nums[1:]))", [([5, 2, 2, 1],), ([],), ([1, 3],)], lambda xs: xs == sorted(xs, reverse=True))
T("is_strictly_increasing", "(nums: list) -> bool", "returns True if every number of `nums` is strictly less than the next one.",
  "return all(a < b for a, b in zip(nums, nums[1:]))", [([1, 2, 5],), ([1, 2, 2],), ([],)], lambda xs: xs == sorted(set(xs)))
T("all_equal", "(items: list) -> bool", "returns True if all items of `items` are equal (True for an empty list).",
  "return all(x == items[0] for x in items)", [([2, 2, 2],), ([],), ([1, 2],)], lambda xs: len(set(xs)) <= 1)
T("split_even_odd", "(nums: list) -> tuple", "returns a tuple `(evens, odds)` of two lists holding the even and the odd numbers of `nums` in order.",
  "evens = [n for n in nums if n % 2 == 0]\nodds = [n for n in nums if n % 2 != 0]\nreturn evens, odds",
  NUMS, lambda xs: (list(filter(lambda n: not n & 1, xs)), list(filter(lambda n: n & 1, xs))))
T("partition_by_threshold", "(nums: list, threshold: int) -> tuple", "returns `(below, rest)`: the numbers less than `threshold` and the others, both in original order.",
  "below = [n for n in nums if n < threshold]\nrest = [n for n in nums if n >= threshold]\nreturn below, rest",
  [([5, 1, 8, 3, 5], 5), ([], 0), ([1, 2], 10)], lambda xs, t: (list(filter(lambda x: x < t, xs)), list(filter(lambda x: x >= t, xs))))
T("longest_increasing_run", "(nums: list) -> int", "returns the length of the longest run of consecutive strictly increasing numbers in `nums` (0 for an empty list).",
  "if not nums:\n    return 0\nbest = run = 1\nfor a, b in zip(nums, nums[1:]):\n    run = run + 1 if b > a else 1\n    best = max(best, run)\nreturn best",
  [([1, 2, 3, 1, 2],), ([],), ([5, 4, 3],), ([1, 3, 5, 7, 2, 4],)],
  lambda xs: max((j - i for i in range(len(xs)) for j in range(i + 1, len(xs) + 1) if all(xs[t] < xs[t + 1] for t in range(i, j - 1))), default=0))
T("max_subarray_sum", "(nums: list) -> int", "returns the largest sum of a non-empty contiguous slice of the non-empty list `nums`.",
  "best = current = nums[0]\nfor n in nums[1:]:\n    current = max(n, current + n)\n    best = max(best, current)\nreturn best",
  [([-2, 1, -3, 4, -1, 2, 1, -5, 4],), ([-3, -1, -2],), ([5],)], lambda xs: max(sum(xs[i:j]) for i in range(len(xs)) for j in range(i + 1, len(xs) + 1)))
T("pairs_with_sum", "(nums: list, target: int) -> list", "returns the sorted list of distinct pairs `(a, b)` with `a <= b`, both taken from different positions of `nums`, such that a + b == target.",
  "pairs = set()\nfor i in range(len(nums)):\n    for j in range(i + 1, len(nums)):\n        if nums[i] + nums[j] == target:\n            pairs.add((min(nums[i], nums[j]), max(nums[i], nums[j])))\nreturn sorted(pairs)",
  [([1, 2, 3, 4, 5, 3], 6), ([], 1), ([2, 2], 4), ([1, 1], 3)],
  lambda xs, t: sorted({tuple(sorted((a, b))) for i, a in enumerate(xs) for j, b in enumerate(xs) if i != j and a + b == t}))
T("two_sum_indices", "(nums: list, target: int) -> tuple", "returns the indexes `(i, j)`, i < j, of the first pair (smallest j, then smallest i) of numbers of `nums` adding up to `target`, or None.",
  "seen = {}\nfor j, n in enumerate(nums):\n    if target - n in seen:\n        return seen[target - n], j\n    seen.setdefault(n, j)\nreturn None",
  [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([1, 2], 7), ([3, 3], 6)],
  lambda xs, t: next(((i, j) for j in range(len(xs)) for i in range(j) if xs[i] + xs[j] == t), None))
T("mean", "(nums: list) -> float", "returns the arithmetic mean of the non-empty list `nums`, rounded to 2 decimals.",
  "return round(sum(nums) / len(nums), 2)", [([1, 2, 3, 4],), ([5],), ([1, 1, 2],)], lambda xs: round(__import__("statistics").fmean(xs), 2))
T("median", "(nums: list) -> float", "returns the median of the non-empty list `nums` (the mean of the two middle values for an even length).",
  "s = sorted(nums)\nmid = len(s) // 2\nreturn s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2",
  [([3, 1, 2],), ([4, 1, 3, 2],), ([7],)], lambda xs: __import__("statistics").median(xs))
T("mode", "(nums: list) -> int", "returns the most frequent number of the non-empty list `nums` (the smallest one on ties).",
  "counts = {}\nfor n in nums:\n    counts[n] = counts.get(n, 0) + 1\nbest = max(counts.values())\nreturn min(n for n, c in counts.items() if c == best)",
  [([1, 2, 2, 3, 3],), ([7],), ([4, 4, 1],)], lambda xs: sorted(Counter(xs).items(), key=lambda kv: (-kv[1], kv[0]))[0][0])
T("value_range", "(nums: list) -> int", "returns the difference between the largest and the smallest number of the non-empty list `nums`.",
  "return max(nums) - min(nums)", [([3, 9, 1],), ([5],), ([-2, 2],)], lambda xs: sorted(xs)[-1] - sorted(xs)[0])
T("population_variance", "(nums: list) -> float", "returns the population variance of the non-empty list `nums`, rounded to 2 decimals.",
  "m = sum(nums) / len(nums)\nreturn round(sum((n - m) ** 2 for n in nums) / len(nums), 2)",
  [([1, 2, 3, 4],), ([5],), ([2, 4, 4, 4, 5, 5, 7, 9],)], lambda xs: round(__import__("statistics").pvariance(xs), 2))
T("even_index_items", "(items: list) -> list", "returns the items of `items` at even indexes (0, 2, 4, ...).",
  "return items[::2]", [([1, 2, 3, 4, 5],), ([],), (["a", "b"],)], lambda xs: [x for i, x in enumerate(xs) if i % 2 == 0])
T("odd_index_items", "(items: list) -> list", "returns the items of `items` at odd indexes (1, 3, 5, ...).",
  "return items[1::2]", [([1, 2, 3, 4, 5],), ([],), (["a", "b"],)], lambda xs: [x for i, x in enumerate(xs) if i % 2 == 1])
T("reverse_list", "(items: list) -> list", "returns a new list with the items of `items` in reverse order, without using reversed, reverse or slicing with a negative step.",
  "out = []\nfor x in items:\n    out.insert(0, x)\nreturn out", [([1, 2, 3],), ([],), (["a"],)], lambda xs: xs[::-1])
for k in (2, 3):
    T(f"last_{k}", "(items: list) -> list", f"returns the last {k} items of `items` (all of them if there are fewer).",
      f"return items[-{k}:] if len(items) > {k} else items[:]", [([1, 2, 3, 4, 5],), ([],), ([1],)], lambda xs, k=k: xs[max(0, len(xs) - k):])
    T(f"drop_first_{k}", "(items: list) -> list", f"returns `items` without its first {k} items.",
      f"return items[{k}:]", [([1, 2, 3, 4, 5],), ([],), ([1],)], lambda xs, k=k: [x for i, x in enumerate(xs) if i >= k])
T("zip_to_dict", "(keys: list, values: list) -> dict", "builds a dict mapping each key to the value at the same position; extra keys or values are ignored.",
  "return dict(zip(keys, values))", [(["a", "b", "c"], [1, 2, 3]), ([], []), (["x", "y"], [1])],
  lambda ks, vs: {ks[i]: vs[i] for i in range(min(len(ks), len(vs)))})
T("number_items", "(items: list) -> list", "returns a list of `(position, item)` tuples with positions starting at 1.",
  "return [(i + 1, x) for i, x in enumerate(items)]", [(["a", "b"],), ([],)], lambda xs: list(zip(range(1, len(xs) + 1), xs)))
T("scale", "(nums: list, factor: int) -> list", "returns a new list with every number of `nums` multiplied by `factor`.",
  "return [n * factor for n in nums]", [([1, 2, 3], 3), ([], 5), ([-1, 0], -2)], lambda xs, f: list(map(lambda x: x * f, xs)))

# ---------------------------------------------------------------- dicts
T("invert_dict", "(d: dict) -> dict", "returns a dict that maps each value of `d` to its key (values are distinct and hashable).",
  "return {v: k for k, v in d.items()}", [({"a": 1, "b": 2},), ({},)], lambda d: dict(zip(d.values(), d.keys())))
T("word_counts", "(text: str) -> dict", "returns a dict mapping each lower-cased whitespace-separated word of `text` to its number of occurrences.",
  "counts = {}\nfor w in text.lower().split():\n    counts[w] = counts.get(w, 0) + 1\nreturn counts",
  [("the cat and The hat",), ("",), ("a a a",)], lambda s: dict(Counter(s.lower().split())))
T("group_by_first_letter", "(words: list) -> dict", "groups non-empty `words` by their first character: a dict from that character to the list of words, in input order.",
  "groups = {}\nfor w in words:\n    groups.setdefault(w[0], []).append(w)\nreturn groups",
  [(["apple", "avocado", "banana", "blueberry", "cherry"],), ([],)], lambda ws: {c: [w for w in ws if w[0] == c] for c in dict.fromkeys(w[0] for w in ws)})
T("group_by_length", "(words: list) -> dict", "groups `words` by length: a dict from each length to the list of words of that length, in input order.",
  "groups = {}\nfor w in words:\n    groups.setdefault(len(w), []).append(w)\nreturn groups",
  [(["a", "bb", "cc", "d", "eee"],), ([],)], lambda ws: {n: [w for w in ws if len(w) == n] for n in dict.fromkeys(map(len, ws))})
T("merge_sum", "(a: dict, b: dict) -> dict", "merges two dicts of numbers; keys present in both get the sum of their values.",
  "out = dict(a)\nfor k, v in b.items():\n    out[k] = out.get(k, 0) + v\nreturn out",
  [({"x": 1, "y": 2}, {"y": 3, "z": 4}), ({}, {"a": 1}), ({}, {})], lambda a, b: {k: a.get(k, 0) + b.get(k, 0) for k in [*a, *[k for k in b if k not in a]]})
T("keys_with_max_value", "(d: dict) -> list", "returns the sorted list of keys of `d` whose value equals the largest value ([] for an empty dict).",
  "if not d:\n    return []\nbest = max(d.values())\nreturn sorted(k for k, v in d.items() if v == best)",
  [({"a": 3, "b": 7, "c": 7},), ({},), ({"z": 1},)], lambda d: sorted(k for k in d if all(d[k] >= v for v in d.values())))
for t in (2, 10):
    T(f"filter_values_at_least_{t}", "(d: dict) -> dict", f"returns a new dict with only the items of `d` whose value is at least {t}.",
      f"return {{k: v for k, v in d.items() if v >= {t}}}", [({"a": 1, "b": 2, "c": 15},), ({},), ({"x": 10},)],
      lambda d, t=t: dict(filter(lambda kv: kv[1] >= t, d.items())))
T("keys_sorted_by_value", "(d: dict) -> list", "returns the keys of `d` sorted by value, largest first, with ties broken alphabetically by key.",
  "return sorted(d, key=lambda k: (-d[k], k))", [({"b": 2, "a": 2, "c": 5},), ({},)],
  lambda d: [k for k, _ in sorted(sorted(d.items()), key=lambda kv: kv[1], reverse=True)])
T("get_path", "(data: dict, path: str) -> object", "follows a dotted `path` such as 'a.b.c' through nested dicts and returns the value found, or None if any key is missing.",
  "current = data\nfor key in path.split('.'):\n    if not isinstance(current, dict) or key not in current:\n        return None\n    current = current[key]\nreturn current",
  [({"a": {"b": {"c": 5}}}, "a.b.c"), ({"a": {"b": 1}}, "a.x"), ({"a": 1}, "a.b"), ({"k": [1]}, "k")],
  lambda d, p: __import__("functools").reduce(lambda cur, k: cur.get(k) if isinstance(cur, dict) else None, p.split("."), d))
T("value_histogram", "(d: dict) -> dict", "returns a dict mapping each value occurring in `d` to how many keys have that value.",
  "counts = {}\nfor v in d.values():\n    counts[v] = counts.get(v, 0) + 1\nreturn counts", [({"a": 1, "b": 2, "c": 1},), ({},)], lambda d: dict(Counter(d.values())))
T("pairs_to_dict_first_wins", "(pairs: list) -> dict", "builds a dict from a list of `(key, value)` pairs; when a key repeats, the first value is kept.",
  "out = {}\nfor k, v in pairs:\n    if k not in out:\n        out[k] = v\nreturn out",
  [([("a", 1), ("b", 2), ("a", 3)],), ([],)], lambda ps: {k: next(v2 for k2, v2 in ps if k2 == k) for k, _ in ps})
T("count_by_parity", "(nums: list) -> dict", "returns `{'even': e, 'odd': o}` with the numbers of even and odd values in `nums`.",
  "even = sum(1 for n in nums if n % 2 == 0)\nreturn {'even': even, 'odd': len(nums) - even}", NUMS,
  lambda xs: {"even": len([x for x in xs if not x & 1]), "odd": len([x for x in xs if x & 1])})

# ---------------------------------------------------------------- math
T("factorial", "(n: int) -> int", "returns n! for a non-negative integer n, computed with a loop.",
  "result = 1\nfor k in range(2, n + 1):\n    result *= k\nreturn result", [(0,), (1,), (5,), (10,)], math.factorial)
T("fibonacci", "(n: int) -> int", "returns the n-th Fibonacci number, with fibonacci(0) == 0 and fibonacci(1) == 1.",
  "a, b = 0, 1\nfor _ in range(n):\n    a, b = b, a + b\nreturn a", [(0,), (1,), (10,), (20,)],
  lambda n: round(((1 + 5 ** 0.5) / 2) ** n / 5 ** 0.5))
T("gcd", "(a: int, b: int) -> int", "returns the greatest common divisor of two non-negative integers (not both zero) with Euclid's algorithm, without math.gcd.",
  "while b:\n    a, b = b, a % b\nreturn a", [(12, 18), (17, 5), (0, 9), (100, 75)], math.gcd)
T("lcm", "(a: int, b: int) -> int", "returns the least common multiple of two positive integers.",
  "x, y = a, b\nwhile y:\n    x, y = y, x % y\nreturn a * b // x", [(4, 6), (7, 3), (12, 12)], lambda a, b: min(m for m in range(1, a * b + 1) if m % a == 0 and m % b == 0))
T("is_prime", "(n: int) -> bool", "returns True if the integer `n` is a prime number.",
  "if n < 2:\n    return False\ni = 2\nwhile i * i <= n:\n    if n % i == 0:\n        return False\n    i += 1\nreturn True",
  [(1,), (2,), (15,), (97,), (0,), (-7,)], lambda n: n > 1 and all(n % d for d in range(2, n)))
T("primes_up_to", "(n: int) -> list", "returns the list of primes less than or equal to `n`, using a sieve of Eratosthenes.",
  "if n < 2:\n    return []\nsieve = [True] * (n + 1)\nsieve[0] = sieve[1] = False\nfor i in range(2, int(n ** 0.5) + 1):\n    if sieve[i]:\n        for j in range(i * i, n + 1, i):\n            sieve[j] = False\nreturn [i for i, p in enumerate(sieve) if p]",
  [(10,), (1,), (30,), (2,)], lambda n: [p for p in range(2, n + 1) if all(p % d for d in range(2, p))])
T("nth_prime", "(n: int) -> int", "returns the n-th prime number, counting from nth_prime(1) == 2.",
  "count, candidate = 0, 1\nwhile count < n:\n    candidate += 1\n    if all(candidate % d for d in range(2, int(candidate ** 0.5) + 1)):\n        count += 1\nreturn candidate",
  [(1,), (5,), (25,)], lambda n: [p for p in range(2, 200) if all(p % d for d in range(2, p))][n - 1])
T("digit_sum", "(n: int) -> int", "returns the sum of the decimal digits of the non-negative integer `n`, using arithmetic (no strings).",
  "total = 0\nwhile n:\n    total += n % 10\n    n //= 10\nreturn total", [(0,), (12345,), (9,), (1000,)], lambda n: sum(map(int, str(n))))
T("digital_root", "(n: int) -> int", "repeatedly sums the decimal digits of the non-negative integer `n` until a single digit remains, and returns it.",
  "while n >= 10:\n    n = sum(int(d) for d in str(n))\nreturn n", [(0,), (38,), (99999,), (7,)], lambda n: 0 if n == 0 else 1 + (n - 1) % 9)
T("reverse_digits", "(n: int) -> int", "returns the integer formed by the decimal digits of the non-negative integer `n` in reverse order (1200 -> 21).",
  "result = 0\nwhile n:\n    result = result * 10 + n % 10\n    n //= 10\nreturn result", [(1234,), (1200,), (0,), (7,)], lambda n: int(str(n)[::-1]))
T("count_digits", "(n: int) -> int", "returns how many decimal digits the integer `n` has (the sign does not count; 0 has one digit).",
  "n = abs(n)\ncount = 1\nwhile n >= 10:\n    n //= 10\n    count += 1\nreturn count", [(0,), (12345,), (-99,), (10,)], lambda n: len(str(abs(n))))
T("is_perfect_square", "(n: int) -> bool", "returns True if the integer `n` is the square of an integer.",
  "if n < 0:\n    return False\nr = int(n ** 0.5)\nwhile r * r > n:\n    r -= 1\nwhile (r + 1) * (r + 1) <= n:\n    r += 1\nreturn r * r == n",
  [(16,), (15,), (0,), (-4,), (1000000,)], lambda n: n >= 0 and math.isqrt(n) ** 2 == n)
for b in (2, 3):
    T(f"is_power_of_{b}", "(n: int) -> bool", f"returns True if `n` is a power of {b} ({b} ** k for some integer k >= 0).",
      f"if n < 1:\n    return False\nwhile n % {b} == 0:\n    n //= {b}\nreturn n == 1",
      [(1,), (b ** 5,), (b ** 5 + 1,), (0,), (b * 6,)], lambda n, b=b: n > 0 and any(b ** k == n for k in range(64)))
T("collatz_steps", "(n: int) -> int", "returns how many steps of the Collatz rule (n/2 if even, 3n+1 if odd) take the positive integer `n` to 1.",
  "steps = 0\nwhile n != 1:\n    n = n // 2 if n % 2 == 0 else 3 * n + 1\n    steps += 1\nreturn steps",
  [(1,), (6,), (27,)], lambda n: {1: 0, 6: 8, 27: 111}[n])
T("sum_proper_divisors", "(n: int) -> int", "returns the sum of the divisors of the positive integer `n` that are smaller than `n`.",
  "return sum(d for d in range(1, n) if n % d == 0)", [(1,), (6,), (12,), (28,)], lambda n: sum(d for d in range(1, n // 2 + 1) if n % d == 0) if n > 1 else 0)
T("is_perfect_number", "(n: int) -> bool", "returns True if the positive integer `n` equals the sum of its divisors smaller than itself.",
  "return n > 1 and sum(d for d in range(1, n) if n % d == 0) == n", [(6,), (28,), (12,), (1,)], lambda n: n in (6, 28, 496, 8128))
T("to_binary", "(n: int) -> str", "returns the binary representation of the non-negative integer `n` without a prefix, without using bin or format.",
  "if n == 0:\n    return '0'\nbits = ''\nwhile n:\n    bits = str(n % 2) + bits\n    n //= 2\nreturn bits", [(0,), (5,), (255,), (1024,)], lambda n: bin(n)[2:])
T("from_binary", "(bits: str) -> int", "converts a string of '0' and '1' characters into the integer it represents, without using int(bits, 2).",
  "value = 0\nfor b in bits:\n    value = value * 2 + (b == '1')\nreturn value", [("101",), ("0",), ("11111111",)], lambda s: int(s, 2))
for base in (3, 5, 8):
    T(f"to_base_{base}", "(n: int) -> str", f"returns the base-{base} representation of the non-negative integer `n` as a string of digits.",
      f"if n == 0:\n    return '0'\ndigits = ''\nwhile n:\n    digits = str(n % {base}) + digits\n    n //= {base}\nreturn digits",
      [(0,), (10,), (100,), (base,)], lambda n, base=base: next(s for s in ["".join(map(str, reversed([n // base ** i % base for i in range(40)]))).lstrip("0") or "0"]))
T("triangular_number", "(n: int) -> int", "returns the n-th triangular number 1 + 2 + ... + n (0 for n == 0), with a loop.",
  "total = 0\nfor k in range(1, n + 1):\n    total += k\nreturn total", [(0,), (1,), (10,), (100,)], lambda n: n * (n + 1) // 2)
for a, b in [(3, 5), (2, 7), (4, 6)]:
    T(f"sum_multiples_{a}_or_{b}_below", "(n: int) -> int", f"returns the sum of the natural numbers below `n` that are multiples of {a} or {b}.",
      f"return sum(k for k in range(n) if k % {a} == 0 or k % {b} == 0)", [(10,), (0,), (50,), (1000,)],
      lambda n, a=a, b=b: (lambda f: f(a) + f(b) - f(a * b // math.gcd(a, b)))(lambda m: m * ((n - 1) // m) * ((n - 1) // m + 1) // 2) if n > 0 else 0)
T("integer_sqrt", "(n: int) -> int", "returns the largest integer whose square is at most the non-negative integer `n`, by binary search (no math.isqrt, no ** 0.5).",
  "lo, hi = 0, n\nwhile lo < hi:\n    mid = (lo + hi + 1) // 2\n    if mid * mid <= n:\n        lo = mid\n    else:\n        hi = mid - 1\nreturn lo",
  [(0,), (1,), (15,), (16,), (10 ** 12 + 1,)], math.isqrt)
T("is_armstrong", "(n: int) -> bool", "returns True if the non-negative integer `n` equals the sum of its digits each raised to the number of digits (153 = 1**3 + 5**3 + 3**3).",
  "digits = str(n)\nreturn n == sum(int(d) ** len(digits) for d in digits)", [(153,), (154,), (0,), (9474,)], lambda n: n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 153, 370, 371, 407, 1634, 8208, 9474))
T("factorial_trailing_zeros", "(n: int) -> int", "returns how many trailing zeros n! has, for a non-negative integer n, without computing n!.",
  "count = 0\nwhile n:\n    n //= 5\n    count += n\nreturn count", [(5,), (0,), (25,), (100,)], lambda n: len(str(math.factorial(n))) - len(str(math.factorial(n)).rstrip("0")))
T("binomial", "(n: int, k: int) -> int", "returns the binomial coefficient C(n, k) (0 when k > n), using Pascal's rule or a product, without math.comb.",
  "if k < 0 or k > n:\n    return 0\nresult = 1\nfor i in range(1, k + 1):\n    result = result * (n - k + i) // i\nreturn result",
  [(5, 2), (10, 0), (3, 5), (20, 10)], math.comb)
T("celsius_to_fahrenheit", "(celsius: float) -> float", "converts a temperature from Celsius to Fahrenheit, rounded to 1 decimal.",
  "return round(celsius * 9 / 5 + 32, 1)", [(0,), (100,), (-40,), (36.6,)], lambda c: round(32 + 1.8 * c, 1))
T("fahrenheit_to_celsius", "(fahrenheit: float) -> float", "converts a temperature from Fahrenheit to Celsius, rounded to 1 decimal.",
  "return round((fahrenheit - 32) * 5 / 9, 1)", [(32,), (212,), (-40,), (98.6,)], lambda f: round((f - 32) / 1.8, 1))

# ---------------------------------------------------------------- parsing
for sep in (";", ",", "&"):
    nm = {";": "semicolon", ",": "comma", "&": "ampersand"}[sep]
    T(f"parse_pairs_{nm}", "(text: str) -> dict", f"parses 'key=value' pairs separated by {sep!r} into a dict of strings, ignoring empty pieces (e.g. 'a=1{sep}b=2').",
      f"result = {{}}\nfor piece in text.split({sep!r}):\n    if piece:\n        key, value = piece.split('=', 1)\n        result[key] = value\nreturn result",
      [(f"a=1{sep}b=2",), ("",), (f"x=hello{sep}{sep}y=a=b",)], lambda s, sep=sep: dict(p.partition("=")[::2] for p in s.split(sep) if p))
T("parse_int_list", "(text: str) -> list", "parses a comma-separated list of integers such as '1, -2,3' (spaces allowed) into a list of ints; empty text gives [].",
  "return [int(part) for part in text.split(',') if part.strip()]", [("1, -2,3",), ("",), ("42",)], lambda s: [int(x) for x in re.findall(r"-?\d+", s)])
T("parse_key_value_lines", "(text: str) -> dict", "parses lines of the form 'key: value' into a dict, stripping spaces around keys and values and skipping blank lines.",
  "result = {}\nfor line in text.splitlines():\n    if line.strip():\n        key, value = line.split(':', 1)\n        result[key.strip()] = value.strip()\nreturn result",
  [("name: Ada\nlang : Python \n\n",), ("",), ("url: http://x.org",)], lambda s: {k.strip(): v.strip() for k, _, v in (l.partition(":") for l in s.splitlines() if l.strip())})
T("time_to_minutes", "(hhmm: str) -> int", "converts a time 'HH:MM' into the number of minutes since midnight.",
  "hours, minutes = hhmm.split(':')\nreturn int(hours) * 60 + int(minutes)", [("00:00",), ("01:30",), ("23:59",)], lambda s: sum(int(x) * m for x, m in zip(s.split(":"), (60, 1))))
T("minutes_to_time", "(minutes: int) -> str", "formats a number of minutes since midnight (0 to 1439) as 'HH:MM' with leading zeros.",
  "return f'{minutes // 60:02d}:{minutes % 60:02d}'", [(0,), (90,), (1439,)], lambda m: "%02d:%02d" % divmod(m, 60))
T("seconds_to_hms", "(seconds: int) -> str", "formats a non-negative number of seconds as 'H:MM:SS' (hours without padding).",
  "h, rest = divmod(seconds, 3600)\nm, s = divmod(rest, 60)\nreturn f'{h}:{m:02d}:{s:02d}'", [(0,), (3661,), (86399,), (59,)],
  lambda s: str(__import__("datetime").timedelta(seconds=s)))
T("roman_to_int", "(roman: str) -> int", "converts a Roman numeral (I, V, X, L, C, D, M, with subtractive pairs like IV and CM) into an integer.",
  "values = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}\ntotal = 0\nfor i, ch in enumerate(roman):\n    v = values[ch]\n    if i + 1 < len(roman) and values[roman[i + 1]] > v:\n        total -= v\n    else:\n        total += v\nreturn total",
  [("III",), ("IV",), ("MCMXCIV",), ("LVIII",)], lambda s: {"III": 3, "IV": 4, "MCMXCIV": 1994, "LVIII": 58}[s])
T("int_to_roman", "(n: int) -> str", "converts an integer from 1 to 3999 into a Roman numeral.",
  "pairs = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),\n         (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]\nout = ''\nfor value, symbol in pairs:\n    while n >= value:\n        out += symbol\n        n -= value\nreturn out",
  [(3,), (4,), (1994,), (58,), (3999,)], lambda n: {3: "III", 4: "IV", 1994: "MCMXCIV", 58: "LVIII", 3999: "MMMCMXCIX"}[n])
T("eval_binary_expression", "(expr: str) -> int", "evaluates a string 'a op b' where a and b are non-negative integers and op is one of + - * (spaces optional), without eval.",
  "import re\na, op, b = re.fullmatch(r'\\s*(\\d+)\\s*([-+*])\\s*(\\d+)\\s*', expr).groups()\na, b = int(a), int(b)\nreturn a + b if op == '+' else a - b if op == '-' else a * b",
  [("2+3",), ("10 - 7",), (" 6 * 7 ",), ("0-5",)], lambda s: eval(s))
T("balanced_parentheses", "(text: str) -> bool", "returns True if the round brackets in `text` are balanced (other characters are ignored).",
  "depth = 0\nfor ch in text:\n    if ch == '(':\n        depth += 1\n    elif ch == ')':\n        depth -= 1\n        if depth < 0:\n            return False\nreturn depth == 0",
  [("(a(b)c)",), ("(()",), (")(",), ("",)], lambda s: (lambda t: (lambda f: f(f, t))(lambda f, t: t == "" if "()" not in t else f(f, t.replace("()", ""))))(re.sub(r"[^()]", "", s)))
T("balanced_brackets", "(text: str) -> bool", "returns True if the brackets (), [] and {} in `text` are balanced and properly nested (other characters are ignored).",
  "pairs = {')': '(', ']': '[', '}': '{'}\nstack = []\nfor ch in text:\n    if ch in '([{':\n        stack.append(ch)\n    elif ch in pairs:\n        if not stack or stack.pop() != pairs[ch]:\n            return False\nreturn not stack",
  [("{[()]}",), ("([)]",), ("((",), ("a[b]{c}",), ("",)],
  lambda s: (lambda t: (lambda f: f(f, t))(lambda f, t: t == "" if not any(p in t for p in ("()", "[]", "{}")) else f(f, t.replace("()", "").replace("[]", "").replace("{}", ""))))(re.sub(r"[^()\[\]{}]", "", s)))
T("compare_versions", "(a: str, b: str) -> int", "compares dotted version strings such as '1.10.2' number by number (missing parts count as 0) and returns -1, 0 or 1.",
  "pa, pb = [int(x) for x in a.split('.')], [int(x) for x in b.split('.')]\nn = max(len(pa), len(pb))\npa += [0] * (n - len(pa))\npb += [0] * (n - len(pb))\nreturn (pa > pb) - (pa < pb)",
  [("1.10", "1.9"), ("1.0", "1"), ("2.0.1", "2.1"), ("0.0.1", "0.0.1")],
  lambda a, b: (lambda x, y: (x > y) - (x < y))(*[[int(p) for p in v.split(".")] + [0] * (8 - v.count(".")) for v in (a, b)]))
T("hex_to_rgb", "(color: str) -> tuple", "converts a colour like '#1a2B3c' into a tuple of three ints (red, green, blue).",
  "color = color.lstrip('#')\nreturn tuple(int(color[i:i + 2], 16) for i in (0, 2, 4))", [("#1a2B3c",), ("#000000",), ("#ffffff",)],
  lambda s: tuple(bytes.fromhex(s[1:])))
T("rgb_to_hex", "(r: int, g: int, b: int) -> str", "formats three ints from 0 to 255 as a lower-case colour string like '#1a2b3c'.",
  "return '#' + ''.join(f'{v:02x}' for v in (r, g, b))", [(26, 43, 60), (0, 0, 0), (255, 255, 255)], lambda r, g, b: "#" + bytes([r, g, b]).hex())
T("parse_duration", "(text: str) -> int", "converts a duration like '1h30m15s' (each part optional, in that order) into seconds.",
  "import re\nh, m, s = re.fullmatch(r'(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?', text).groups()\nreturn int(h or 0) * 3600 + int(m or 0) * 60 + int(s or 0)",
  [("1h30m15s",), ("45s",), ("2h",), ("",)], lambda s: sum(int(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in re.findall(r"(\d+)([hms])", s)))
T("parse_query_string", "(query: str) -> dict", "parses a URL query string like 'a=1&b=two' into a dict; a key without '=' maps to ''.",
  "result = {}\nfor part in query.split('&'):\n    if part:\n        key, _, value = part.partition('=')\n        result[key] = value\nreturn result",
  [("a=1&b=two",), ("",), ("flag&x=",)], lambda q: {p.split("=")[0]: (p.split("=", 1) + [""])[1] for p in q.split("&") if p})

# ---------------------------------------------------------------- recursion
T("flatten_deep", "(nested: list) -> list", "flattens arbitrarily nested lists into one flat list, recursively.",
  "out = []\nfor x in nested:\n    if isinstance(x, list):\n        out.extend(flatten_deep(x))\n    else:\n        out.append(x)\nreturn out",
  [([1, [2, [3, [4]], 5]],), ([],), ([[[]]],)], lambda xs: json.loads("[" + ",".join(filter(None, re.sub(r"[\[\]]", ",", json.dumps(xs)).replace(" ", "").split(","))) + "]"))
T("nesting_depth", "(nested: list) -> int", "returns the maximum nesting depth of a list: [] and [1] have depth 1, [1, [2]] has depth 2; computed recursively.",
  "return 1 + max((nesting_depth(x) for x in nested if isinstance(x, list)), default=0)",
  [([1, [2, [3]]],), ([],), ([[], [[]]],)], lambda xs: max(__import__("itertools").accumulate(1 if c == "[" else -1 for c in json.dumps(xs) if c in "[]")))
T("nested_sum", "(nested: list) -> int", "returns the sum of all numbers in arbitrarily nested lists, recursively.",
  "return sum(nested_sum(x) if isinstance(x, list) else x for x in nested)",
  [([1, [2, [3, 4]], 5],), ([],), ([[-1], [[1]]],)], lambda xs: sum(map(int, re.findall(r"-?\d+", json.dumps(xs)))))
T("count_leaves", "(nested: list) -> int", "returns how many non-list items arbitrarily nested lists contain, recursively.",
  "return sum(count_leaves(x) if isinstance(x, list) else 1 for x in nested)",
  [([1, [2, [3, 4]], 5],), ([],), ([[], [[]]],)], lambda xs: len(re.findall(r"-?\d+", json.dumps(xs))))
T("power_set", "(items: list) -> list", "returns all subsets of `items` (a list of distinct items) as lists keeping the input order, sorted by length and then lexicographically.",
  "if not items:\n    return [[]]\nrest = power_set(items[1:])\nsubsets = rest + [[items[0]] + s for s in rest]\nreturn sorted(subsets, key=lambda s: (len(s), s))",
  [([1, 2, 3],), ([],), (["a", "b"],)],
  lambda xs: sorted(([x for i, x in enumerate(xs) if m >> i & 1] for m in range(2 ** len(xs))), key=lambda s: (len(s), s)))
T("string_permutations", "(text: str) -> list", "returns the sorted list of distinct strings formed by rearranging all characters of `text`, computed recursively.",
  "if len(text) <= 1:\n    return [text]\nresult = set()\nfor i, ch in enumerate(text):\n    for rest in string_permutations(text[:i] + text[i + 1:]):\n        result.add(ch + rest)\nreturn sorted(result)",
  [("abc",), ("aab",), ("",), ("x",)], lambda s: sorted({"".join(p) for p in permutations(s)}))
T("hanoi_moves", "(n: int) -> list", "returns the list of moves `(from_peg, to_peg)` that solve the Towers of Hanoi for `n` disks moved from peg 1 to peg 3 using peg 2, recursively.",
  "def solve(k, src, dst, via):\n    if k == 0:\n        return []\n    return solve(k - 1, src, via, dst) + [(src, dst)] + solve(k - 1, via, dst, src)\nreturn solve(n, 1, 3, 2)",
  [(1,), (2,), (3,), (0,)], lambda n: {0: [], 1: [(1, 3)], 2: [(1, 2), (1, 3), (2, 3)], 3: [(1, 3), (1, 2), (3, 2), (1, 3), (2, 1), (2, 3), (1, 3)]}[n])
T("binary_search", "(items: list, target: int) -> int", "returns the index of `target` in the ascending list `items` (of distinct ints), or -1 if absent, using recursive binary search.",
  "def search(lo, hi):\n    if lo > hi:\n        return -1\n    mid = (lo + hi) // 2\n    if items[mid] == target:\n        return mid\n    if items[mid] < target:\n        return search(mid + 1, hi)\n    return search(lo, mid - 1)\nreturn search(0, len(items) - 1)",
  [([1, 3, 5, 7, 9], 7), ([1, 3, 5], 4), ([], 1), ([2], 2)], lambda xs, t: xs.index(t) if t in xs else -1)
T("recursive_reverse", "(text: str) -> str", "reverses `text` recursively, without slicing with a negative step or calling reversed.",
  "if not text:\n    return ''\nreturn recursive_reverse(text[1:]) + text[0]", [("hello",), ("",), ("ab",)], lambda s: "".join(s[len(s) - 1 - i] for i in range(len(s))))
T("recursive_power", "(base: int, exp: int) -> int", "returns base ** exp for a non-negative `exp` by recursive squaring, without using ** or pow.",
  "if exp == 0:\n    return 1\nhalf = recursive_power(base, exp // 2)\nreturn half * half * (base if exp % 2 else 1)",
  [(2, 10), (3, 0), (-2, 3), (5, 5)], lambda b, e: math.prod([b] * e))
for steps in ((1, 2), (1, 2, 3), (1, 3)):
    nm = "climb_ways_" + "_".join(map(str, steps))
    T(nm, "(n: int) -> int", f"returns in how many ordered ways you can climb `n` stairs taking steps of size {', '.join(map(str, steps))} (1 way for n == 0), using recursion with memoization.",
      f"from functools import lru_cache\n\n@lru_cache(maxsize=None)\ndef ways(k):\n    if k == 0:\n        return 1\n    return sum(ways(k - s) for s in {steps!r} if s <= k)\n\nreturn ways(n)",
      [(0,), (1,), (5,), (10,)], lambda n, steps=steps: (lambda dp: dp[n])(__import__("functools").reduce(lambda dp, k: dp + [sum(dp[k - s] for s in steps if s <= k)], range(1, n + 1), [1])))
T("recursive_digit_sum", "(n: int) -> int", "returns the sum of the decimal digits of the non-negative integer `n`, recursively.",
  "if n < 10:\n    return n\nreturn n % 10 + recursive_digit_sum(n // 10)", [(0,), (4321,), (99,)], lambda n: sum(map(int, str(n))))
T("count_paths_grid", "(rows: int, cols: int) -> int", "returns the number of paths from the top-left to the bottom-right cell of a rows x cols grid moving only right or down, recursively with memoization.",
  "from functools import lru_cache\n\n@lru_cache(maxsize=None)\ndef paths(r, c):\n    if r == 1 or c == 1:\n        return 1\n    return paths(r - 1, c) + paths(r, c - 1)\n\nreturn paths(rows, cols)",
  [(1, 1), (3, 3), (3, 7), (10, 10)], lambda r, c: math.comb(r + c - 2, r - 1))

# ---------------------------------------------------------------- sorting
T("sort_by_length", "(words: list) -> list", "sorts `words` by length, and words of the same length alphabetically.",
  "return sorted(words, key=lambda w: (len(w), w))", [(["pear", "fig", "apple", "kiwi"],), ([],)], lambda ws: sorted(sorted(ws), key=len))
T("sort_by_second", "(pairs: list) -> list", "sorts a list of tuples by their second element, keeping the original order for ties.",
  "return sorted(pairs, key=lambda p: p[1])", [([(1, "b"), (2, "a"), (3, "b")],), ([],)],
  lambda ps: [p for _, _, p in sorted((p[1], i, p) for i, p in enumerate(ps))])
T("insertion_sort", "(nums: list) -> list", "returns a sorted copy of `nums` using insertion sort (no sort or sorted).",
  "out = list(nums)\nfor i in range(1, len(out)):\n    key, j = out[i], i - 1\n    while j >= 0 and out[j] > key:\n        out[j + 1] = out[j]\n        j -= 1\n    out[j + 1] = key\nreturn out",
  [([5, 2, 9, 1, 5, 6],), ([],), ([3, -1],)], sorted)
T("bubble_sort", "(nums: list) -> list", "returns a sorted copy of `nums` using bubble sort (no sort or sorted).",
  "out = list(nums)\nfor end in range(len(out) - 1, 0, -1):\n    for i in range(end):\n        if out[i] > out[i + 1]:\n            out[i], out[i + 1] = out[i + 1], out[i]\nreturn out",
  [([5, 2, 9, 1, 5, 6],), ([],), ([3, -1],)], sorted)
T("selection_sort", "(nums: list) -> list", "returns a sorted copy of `nums` using selection sort (no sort or sorted).",
  "out = list(nums)\nfor i in range(len(out)):\n    m = min(range(i, len(out)), key=lambda j: out[j])\n    out[i], out[m] = out[m], out[i]\nreturn out",
  [([5, 2, 9, 1, 5, 6],), ([],), ([3, -1],)], sorted)
T("merge_sort", "(nums: list) -> list", "returns a sorted copy of `nums` using recursive merge sort (no sort or sorted).",
  "if len(nums) <= 1:\n    return list(nums)\nmid = len(nums) // 2\na, b = merge_sort(nums[:mid]), merge_sort(nums[mid:])\nout = []\nwhile a and b:\n    out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))\nreturn out + a + b",
  [([5, 2, 9, 1, 5, 6],), ([],), ([3, -1],)], sorted)
T("counting_sort", "(nums: list) -> list", "sorts a list of small non-negative ints with counting sort (no sort or sorted).",
  "if not nums:\n    return []\ncounts = [0] * (max(nums) + 1)\nfor n in nums:\n    counts[n] += 1\nreturn [v for v, c in enumerate(counts) for _ in range(c)]",
  [([3, 0, 2, 3, 1],), ([],), ([7],)], sorted)
T("sort_descending", "(nums: list) -> list", "returns the numbers of `nums` sorted from largest to smallest.",
  "return sorted(nums, reverse=True)", [([3, 1, 2],), ([],), ([-1, 5, 0],)], lambda xs: sorted(xs)[::-1])
T("sort_case_insensitive", "(words: list) -> list", "sorts `words` alphabetically ignoring case (ties keep their original order).",
  "return sorted(words, key=str.lower)", [(["banana", "Apple", "cherry", "apple"],), ([],)],
  lambda ws: [w for _, _, w in sorted((w.lower(), i, w) for i, w in enumerate(ws))])
T("sort_by_last_char", "(words: list) -> list", "sorts non-empty `words` by their last character (ties keep their original order).",
  "return sorted(words, key=lambda w: w[-1])", [(["cat", "dog", "emu", "ant"],), ([],)],
  lambda ws: [w for _, _, w in sorted((w[-1], i, w) for i, w in enumerate(ws))])
T("sort_by_abs", "(nums: list) -> list", "sorts `nums` by absolute value (ties keep their original order).",
  "return sorted(nums, key=abs)", [([-5, 3, -1, 2, 1],), ([],)], lambda xs: [x for _, _, x in sorted((abs(x), i, x) for i, x in enumerate(xs))])
T("sort_by_vowel_count", "(words: list) -> list", "sorts `words` by their number of vowels (a, e, i, o, u), then alphabetically.",
  "return sorted(words, key=lambda w: (sum(ch in 'aeiou' for ch in w), w))", [(["banana", "kiwi", "fig", "apple"],), ([],)],
  lambda ws: sorted(sorted(ws), key=lambda w: len(re.findall("[aeiou]", w))))
T("sort_items_by_value", "(d: dict) -> list", "returns the `(key, value)` pairs of `d` sorted by value ascending, ties broken by key.",
  "return sorted(d.items(), key=lambda kv: (kv[1], kv[0]))", [({"b": 2, "a": 2, "c": 1},), ({},)],
  lambda d: sorted(sorted(d.items()), key=lambda kv: kv[1]))
T("sort_by_frequency", "(words: list) -> list", "returns the distinct words of `words` sorted by how often they occur (most frequent first), ties alphabetically.",
  "counts = {}\nfor w in words:\n    counts[w] = counts.get(w, 0) + 1\nreturn sorted(counts, key=lambda w: (-counts[w], w))",
  [(["b", "a", "b", "c", "a", "b"],), ([],)], lambda ws: [w for w, _ in sorted(sorted(Counter(ws).items()), key=lambda kv: -kv[1])])
T("kth_smallest", "(nums: list, k: int) -> int", "returns the k-th smallest number of `nums` (k starts at 1; duplicates count separately).",
  "return sorted(nums)[k - 1]", [([7, 2, 9, 4], 2), ([5], 1), ([3, 3, 1], 3)], lambda xs, k: __import__("heapq").nsmallest(k, xs)[-1])
T("sort_evens_first", "(nums: list) -> list", "returns `nums` with all even numbers first and then all odd numbers, each group in ascending order.",
  "return sorted(nums, key=lambda n: (n % 2, n))", [([5, 2, 9, 4, 1, 6],), ([],)],
  lambda xs: sorted(filter(lambda n: not n & 1, xs)) + sorted(filter(lambda n: n & 1, xs)))

def coin_ways_dp(amount: int, coins: list) -> int:
    "Oracle for coin_change_ways: the classic bottom-up table."
    table = [1] + [0] * amount
    for c in coins:
        for i in range(c, amount + 1): table[i] += table[i - c]
    return table[amount]

def tree_depth_bfs(tree: dict) -> int:
    "Oracle for tree_depth: breadth-first, level by level."
    level, depth = [tree], 0
    while level: level, depth = [c for n in level for c in n["children"]], depth + 1
    return depth

# ---------------------------------------------------------------- more strings
for nm, test, desc in [("count_uppercase", "ch.isupper()", "upper-case letters"), ("count_lowercase", "ch.islower()", "lower-case letters"),
                       ("count_spaces", "ch == ' '", "space characters")]:
    T(nm, "(text: str) -> int", f"returns the number of {desc} in `text`.", f"return sum(1 for ch in text if {test})",
      [("Hello World Of Python",), ("",), ("ALL CAPS here",)], lambda s, test=test: len([ch for ch in s if eval(test)]))
T("remove_duplicate_chars", "(text: str) -> str", "keeps only the first occurrence of every character of `text`, in order.",
  "seen = set()\nout = []\nfor ch in text:\n    if ch not in seen:\n        seen.add(ch)\n        out.append(ch)\nreturn ''.join(out)",
  [("mississippi",), ("",), ("abcabc",)], lambda s: "".join(dict.fromkeys(s)))
T("longest_common_prefix", "(words: list) -> str", "returns the longest string that every word of `words` starts with ('' for an empty list).",
  "if not words:\n    return ''\nprefix = words[0]\nfor w in words[1:]:\n    while not w.startswith(prefix):\n        prefix = prefix[:-1]\nreturn prefix",
  [(["flower", "flow", "flight"],), (["dog", "car"],), ([],), (["same", "same"],)],
  lambda ws: "".join(c[0] for c in __import__("itertools").takewhile(lambda c: len(set(c)) == 1, zip(*ws))) if ws else "")
T("is_rotation", "(a: str, b: str) -> bool", "returns True if `b` can be obtained by rotating `a` (moving some leading characters to the end).",
  "return len(a) == len(b) and b in a + a", [("waterbottle", "erbottlewat"), ("abc", "acb"), ("", ""), ("ab", "aba")],
  lambda a, b: any(a[i:] + a[:i] == b for i in range(len(a))) if a else b == "")
T("hamming_distance", "(a: str, b: str) -> int", "returns the number of positions at which the equal-length strings `a` and `b` differ.",
  "return sum(x != y for x, y in zip(a, b))", [("karolin", "kathrin"), ("", ""), ("abc", "abc")], lambda a, b: len([i for i in range(len(a)) if a[i] != b[i]]))
T("char_classes", "(text: str) -> dict", "returns `{'letters': l, 'digits': d, 'other': o}` counting the letters, decimal digits and other characters of `text`.",
  "letters = sum(ch.isalpha() for ch in text)\ndigits = sum(ch.isdigit() for ch in text)\nreturn {'letters': letters, 'digits': digits, 'other': len(text) - letters - digits}",
  [("abc 123!",), ("",), ("R2-D2",)], lambda s: {"letters": len(re.findall(r"[^\W\d_]", s)), "digits": len(re.findall(r"\d", s)), "other": len(re.findall(r"[\W_]", s))})
T("is_identifier", "(name: str) -> bool", "returns True if `name` is a non-empty ASCII identifier: a letter or '_' followed by letters, digits or '_'.",
  "if not name or not (name[0].isalpha() or name[0] == '_'):\n    return False\nreturn all(ch.isalnum() or ch == '_' for ch in name) and name.isascii()",
  [("var_1",), ("1var",), ("",), ("_x",), ("a-b",)], lambda s: re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", s) is not None)
T("word_lengths", "(sentence: str) -> list", "returns the length of each whitespace-separated word of `sentence`.",
  "return [len(w) for w in sentence.split()]", [("the quick brown fox",), ("",)], lambda s: list(map(len, s.split())))
T("leetspeak", "(text: str) -> str", "replaces a/A with '4', e/E with '3', i/I with '1' and o/O with '0' in `text`.",
  "table = {'a': '4', 'e': '3', 'i': '1', 'o': '0'}\nreturn ''.join(table.get(ch.lower(), ch) for ch in text)",
  [("Leet speak is cool",), ("",), ("xyz",)], lambda s: s.translate(str.maketrans("aAeEiIoO", "44331100")))
T("count_lines", "(text: str) -> int", "returns the number of non-blank lines in `text`.",
  "return sum(1 for line in text.splitlines() if line.strip())", [("a\n\nb\n  \nc",), ("",), ("one",)], lambda s: len([l for l in s.split("\n") if l.strip()]))
T("strip_comment_lines", "(text: str) -> str", "removes the lines of `text` whose first non-space character is '#', and joins the remaining lines with '\\n'.",
  "return '\\n'.join(line for line in text.splitlines() if not line.lstrip().startswith('#'))",
  [("x = 1\n# note\n  # indented\ny = 2",), ("",), ("# only",)], lambda s: "\n".join(l for l in s.splitlines() if not re.match(r"\s*#", l)))
T("is_isogram", "(word: str) -> bool", "returns True if no letter occurs more than once in `word`, ignoring case and non-letters.",
  "letters = [ch.lower() for ch in word if ch.isalpha()]\nreturn len(letters) == len(set(letters))",
  [("lumberjacks",), ("Alphabet",), ("",), ("six-year-old",)], lambda s: max(Counter(c for c in s.lower() if c.isalpha()).values(), default=0) <= 1)
T("compress_if_shorter", "(text: str) -> str", "returns the run-length form of `text` ('aaab' -> 'a3b1') if it is strictly shorter than `text`, else `text` itself.",
  "parts, i = [], 0\nwhile i < len(text):\n    j = i\n    while j < len(text) and text[j] == text[i]:\n        j += 1\n    parts.append(text[i] + str(j - i))\n    i = j\ncode = ''.join(parts)\nreturn code if len(code) < len(text) else text",
  [("aaabbbbcc",), ("abc",), ("",), ("aab",)], lambda s: (lambda c: c if len(c) < len(s) else s)("".join(f"{m.group(1)}{len(m.group(0))}" for m in re.finditer(r"(.)\1*", s))))
for pos, nm in [(0, "first"), (1, "second"), (-1, "last")]:
    T(f"{nm}_word", "(sentence: str) -> str", f"returns the {nm} whitespace-separated word of `sentence`, or '' if there is none.",
      f"words = sentence.split()\nreturn words[{pos}] if len(words) > {pos if pos >= 0 else 0} else ''",
      [("the quick brown fox",), ("",), ("solo",)], lambda s, pos=pos: s.split()[pos] if len(s.split()) > max(pos, 0) else "")
T("longest_palindromic_substring", "(text: str) -> str", "returns the longest substring of `text` that is a palindrome (the leftmost one on ties).",
  "best = ''\nfor i in range(len(text)):\n    for j in range(i + len(best) + 1, len(text) + 1):\n        piece = text[i:j]\n        if piece == piece[::-1]:\n            best = piece\nreturn best",
  [("babad",), ("cbbd",), ("",), ("forgeeksskeegfor",)],
  lambda s: max((s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1]), key=len, default=""))
T("remove_punctuation", "(text: str) -> str", "removes every character of string.punctuation from `text`.",
  "import string\nreturn ''.join(ch for ch in text if ch not in string.punctuation)",
  [("Hello, world! (yes)",), ("",), ("a-b_c",)], lambda s: s.translate(str.maketrans("", "", string.punctuation)))
T("words_starting_with", "(text: str, letter: str) -> list", "returns the words of `text` that start with `letter`, ignoring case, in order.",
  "return [w for w in text.split() if w[0].lower() == letter.lower()]",
  [("Big bad Bob bakes", "b"), ("", "a"), ("apple Avocado", "A")], lambda s, c: [w for w in s.split() if w.lower().startswith(c.lower())])
T("count_sentences", "(text: str) -> int", "returns how many sentences `text` has, counting each run of '.', '!' or '?' characters that follows some text as one sentence end.",
  "import re\nreturn len(re.findall(r'[^.!?]+[.!?]+', text))", [("Hi. How are you?! Fine...",), ("",), ("no end",)],
  lambda s: sum(1 for i, c in enumerate(s) if c in ".!?" and (i + 1 == len(s) or s[i + 1] not in ".!?") and s[:i].rstrip(".!?").strip() != "" and any(ch not in ".!?" for ch in s[:i])))
T("split_camel_words", "(name: str) -> list", "splits a camelCase or PascalCase name into lower-case words ('parseHttpResponse' -> ['parse', 'http', 'response']).",
  "words, current = [], ''\nfor ch in name:\n    if ch.isupper() and current:\n        words.append(current)\n        current = ''\n    current += ch.lower()\nif current:\n    words.append(current)\nreturn words",
  [("parseHttpResponse",), ("",), ("Simple",)], lambda s: [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]*", s) if w])

# ---------------------------------------------------------------- more lists
T("missing_number", "(nums: list) -> int", "returns the one number missing from `nums`, which holds every integer from 0 to len(nums) except one.",
  "n = len(nums)\nreturn n * (n + 1) // 2 - sum(nums)", [([3, 0, 1],), ([0],), ([1, 2, 3, 4, 0, 6],)], lambda xs: (set(range(len(xs) + 1)) - set(xs)).pop())
T("first_repeated", "(items: list) -> object", "returns the first item of `items` that has already appeared earlier in the list, or None.",
  "seen = set()\nfor x in items:\n    if x in seen:\n        return x\n    seen.add(x)\nreturn None", [([2, 5, 1, 5, 2],), ([1, 2, 3],), ([],)],
  lambda xs: next((x for i, x in enumerate(xs) if x in xs[:i]), None))
T("elementwise_sum", "(a: list, b: list) -> list", "adds two equal-length lists position by position.",
  "return [x + y for x, y in zip(a, b)]", [([1, 2, 3], [10, 20, 30]), ([], [])], lambda a, b: list(map(sum, zip(a, b))))
T("dot_product", "(a: list, b: list) -> int", "returns the dot product of two equal-length lists of numbers.",
  "return sum(x * y for x, y in zip(a, b))", [([1, 2, 3], [4, 5, 6]), ([], []), ([-1, 1], [1, 1])], lambda a, b: sum(map(math.prod, zip(a, b))))
T("count_occurrences", "(items: list, target: object) -> int", "returns how many items of `items` equal `target`, without using list.count.",
  "total = 0\nfor x in items:\n    if x == target:\n        total += 1\nreturn total", [([1, 2, 1, 1], 1), ([], 3), (["a", "b"], "c")], lambda xs, t: xs.count(t))
T("remove_all", "(items: list, target: object) -> list", "returns a new list with every occurrence of `target` removed from `items`.",
  "return [x for x in items if x != target]", [([1, 2, 1, 3], 1), ([], 0), ([2, 2], 2)], lambda xs, t: list(filter(lambda x: x != t, xs)))
T("replace_all", "(items: list, old: object, new: object) -> list", "returns a new list where every item equal to `old` is replaced by `new`.",
  "return [new if x == old else x for x in items]", [([1, 2, 1, 3], 1, 9), ([], 0, 1)], lambda xs, o, n: [(n, x)[x != o] for x in xs])
T("indexes_of", "(items: list, target: object) -> list", "returns the list of indexes at which `target` occurs in `items`.",
  "return [i for i, x in enumerate(items) if x == target]", [([1, 2, 1, 3, 1], 1), ([], 5), (["a"], "b")], lambda xs, t: [i for i in range(len(xs)) if xs[i] == t])
T("trimmed_sum", "(nums: list) -> int", "returns the sum of `nums` without one occurrence of its smallest and one of its largest value (0 for fewer than 3 numbers).",
  "if len(nums) < 3:\n    return 0\nreturn sum(nums) - min(nums) - max(nums)", [([6, 2, 1, 8, 10],), ([1, 2],), ([5, 5, 5],)], lambda xs: sum(sorted(xs)[1:-1]) if len(xs) >= 3 else 0)
T("mean_of_positives", "(nums: list) -> float", "returns the mean of the positive numbers of `nums` rounded to 2 decimals, or 0.0 if there are none.",
  "pos = [n for n in nums if n > 0]\nreturn round(sum(pos) / len(pos), 2) if pos else 0.0", [([1, -2, 3, 0, 4],), ([],), ([-1],)],
  lambda xs: round(__import__("statistics").fmean([x for x in xs if x > 0]), 2) if any(x > 0 for x in xs) else 0.0)
T("max_gap", "(nums: list) -> int", "returns the largest difference between two neighbours once `nums` is sorted (0 for fewer than two numbers).",
  "s = sorted(nums)\nreturn max((b - a for a, b in zip(s, s[1:])), default=0)", [([3, 6, 9, 1],), ([10],), ([1, 10, 2],)],
  lambda xs: max([sorted(xs)[i + 1] - sorted(xs)[i] for i in range(len(xs) - 1)] or [0]))
T("is_permutation_of_range", "(nums: list) -> bool", "returns True if `nums` contains each integer from 1 to len(nums) exactly once.",
  "return sorted(nums) == list(range(1, len(nums) + 1))", [([3, 1, 2],), ([1, 1, 3],), ([],), ([2, 3],)], lambda xs: set(xs) == set(range(1, len(xs) + 1)) and len(set(xs)) == len(xs))
T("majority_element", "(items: list) -> object", "returns the item that occurs in more than half of the positions of `items`, or None if there is none.",
  "for x in set(items):\n    if items.count(x) * 2 > len(items):\n        return x\nreturn None", [([3, 3, 4, 3],), ([1, 2],), ([],), ([5],)],
  lambda xs: (lambda c: c[0][0] if c and c[0][1] > len(xs) / 2 else None)(Counter(xs).most_common(1)))
T("group_runs", "(items: list) -> list", "groups consecutive equal items of `items` into sublists ([1, 1, 2, 1] -> [[1, 1], [2], [1]]).",
  "runs = []\nfor x in items:\n    if runs and runs[-1][0] == x:\n        runs[-1].append(x)\n    else:\n        runs.append([x])\nreturn runs", [([1, 1, 2, 1],), ([],), (["a", "a", "a"],)],
  lambda xs: [list(g) for _, g in __import__("itertools").groupby(xs)])
for k in (2, 3):
    T(f"sum_every_{k}th", "(nums: list) -> int", f"returns the sum of every {k}th number of `nums`, starting with the first (indexes 0, {k}, {2 * k}, ...).",
      f"return sum(nums[::{k}])", [([1, 2, 3, 4, 5, 6, 7],), ([],), ([5],)], lambda xs, k=k: sum(x for i, x in enumerate(xs) if i % k == 0))
    T(f"window_max_{k}", "(nums: list) -> list", f"returns the maximum of every window of {k} consecutive numbers of `nums`.",
      f"return [max(nums[i:i + {k}]) for i in range(len(nums) - {k} + 1)]", [([1, 3, 2, 5, 4],), ([1],), ([4, 4, 4, 4],)],
      lambda xs, k=k: list(map(max, zip(*[xs[j:] for j in range(k)]))))
T("interleave_lists", "(a: list, b: list) -> list", "alternates the items of `a` and `b` ([1, 2], ['x', 'y', 'z'] -> [1, 'x', 2, 'y', 'z']); leftovers go at the end.",
  "out = []\nfor i in range(max(len(a), len(b))):\n    if i < len(a):\n        out.append(a[i])\n    if i < len(b):\n        out.append(b[i])\nreturn out",
  [([1, 2], ["x", "y", "z"]), ([], [1]), ([1, 2, 3], [])], lambda a, b: [x for p in zip(a, b) for x in p] + a[len(b):] + b[len(a):])
T("cartesian_pairs", "(a: list, b: list) -> list", "returns every pair `(x, y)` with x from `a` and y from `b`, in order of `a` then `b`.",
  "return [(x, y) for x in a for y in b]", [([1, 2], ["a", "b"]), ([], [1])], lambda a, b: list(__import__("itertools").product(a, b)))
T("drop_none", "(items: list) -> list", "returns `items` without its None values (other falsy values such as 0 and '' stay).",
  "return [x for x in items if x is not None]", [([1, None, 0, "", None],), ([],)], lambda xs: list(filter(lambda x: x is not None, xs)))
T("max_pair_product", "(nums: list) -> int", "returns the largest product of two numbers at different positions of `nums` (which has at least two numbers).",
  "s = sorted(nums)\nreturn max(s[0] * s[1], s[-1] * s[-2])", [([1, 5, 3, 4],), ([-10, -3, 1, 2],), ([2, 3],)],
  lambda xs: max(xs[i] * xs[j] for i in range(len(xs)) for j in range(len(xs)) if i != j))
T("fill_forward", "(items: list) -> list", "replaces each None in `items` with the closest non-None value before it (leading Nones stay None).",
  "out, last = [], None\nfor x in items:\n    if x is not None:\n        last = x\n    out.append(last if x is None else x)\nreturn out",
  [([1, None, None, 4, None],), ([None, 2],), ([],)], lambda xs: [next((xs[j] for j in range(i, -1, -1) if xs[j] is not None), None) for i in range(len(xs))])
T("bar_chart", "(counts: list) -> str", "draws one line of '#' characters per number of `counts` (its length is the number) and joins the lines with '\\n'.",
  "return '\\n'.join('#' * n for n in counts)", [([3, 1, 0, 2],), ([],)], lambda cs: "\n".join(map(lambda n: "".ljust(n, "#"), cs)))

# ---------------------------------------------------------------- more dicts
T("sum_values", "(d: dict) -> int", "returns the sum of the values of a dict of numbers.", "return sum(d.values())",
  [({"a": 1, "b": 2},), ({},)], lambda d: sum(v for _, v in d.items()))
T("word_length_map", "(words: list) -> dict", "returns a dict mapping each word of `words` to its length.", "return {w: len(w) for w in words}",
  [(["hi", "there"],), ([],)], lambda ws: dict(zip(ws, map(len, ws))))
T("common_keys", "(a: dict, b: dict) -> list", "returns the sorted list of keys present in both dicts.", "return sorted(set(a) & set(b))",
  [({"x": 1, "y": 2}, {"y": 0, "z": 1}), ({}, {"a": 1})], lambda a, b: sorted(k for k in a if k in b))
T("without_keys", "(d: dict, keys: list) -> dict", "returns a new dict with the items of `d` whose key is not in `keys`.",
  "drop = set(keys)\nreturn {k: v for k, v in d.items() if k not in drop}", [({"a": 1, "b": 2, "c": 3}, ["b", "z"]), ({}, ["a"])],
  lambda d, ks: {k: d[k] for k in d if k not in ks})
T("rename_key", "(d: dict, old: str, new: str) -> dict", "returns a copy of `d` where the key `old` (if present) is renamed to `new`, keeping its value.",
  "out = dict(d)\nif old in out:\n    out[new] = out.pop(old)\nreturn out", [({"a": 1, "b": 2}, "a", "z"), ({"a": 1}, "x", "y")],
  lambda d, o, n: {(n if k == o else k): v for k, v in d.items()})
T("flatten_dict", "(d: dict) -> dict", "flattens nested dicts into one dict whose keys are the dotted paths ({'a': {'b': 1}} -> {'a.b': 1}).",
  "out = {}\nfor k, v in d.items():\n    if isinstance(v, dict):\n        for sub_k, sub_v in flatten_dict(v).items():\n            out[f'{k}.{sub_k}'] = sub_v\n    else:\n        out[k] = v\nreturn out",
  [({"a": {"b": 1, "c": {"d": 2}}, "e": 3},), ({},)], lambda d: {"a.b": 1, "a.c.d": 2, "e": 3} if d else {})
T("key_of_max", "(d: dict) -> str", "returns the key with the largest value (the alphabetically first on ties), or None for an empty dict.",
  "if not d:\n    return None\nreturn min(d, key=lambda k: (-d[k], k))", [({"b": 5, "a": 5, "c": 1},), ({},)],
  lambda d: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if d else None)
T("list_lengths", "(d: dict) -> dict", "maps each key of a dict of lists to the length of its list.", "return {k: len(v) for k, v in d.items()}",
  [({"a": [1, 2], "b": []},), ({},)], lambda d: dict(zip(d, map(len, d.values()))))
T("sorted_by_key", "(d: dict) -> list", "returns the items of `d` as `(key, value)` pairs sorted by key.", "return sorted(d.items())",
  [({"b": 1, "a": 2},), ({},)], lambda d: [(k, d[k]) for k in sorted(d)])

# ---------------------------------------------------------------- more math
T("prime_factors", "(n: int) -> list", "returns the prime factors of the integer n >= 2 in ascending order, with repeats (12 -> [2, 2, 3]).",
  "factors, d = [], 2\nwhile d * d <= n:\n    while n % d == 0:\n        factors.append(d)\n        n //= d\n    d += 1\nif n > 1:\n    factors.append(n)\nreturn factors",
  [(12,), (97,), (360,), (2,)], lambda n: [p for p in range(2, n + 1) if all(p % q for q in range(2, p)) for _ in range(next(k for k in range(20) if n % p ** (k + 1)))])
T("is_leap_year", "(year: int) -> bool", "returns True if `year` is a leap year in the Gregorian calendar.",
  "return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)", [(2000,), (1900,), (2024,), (2023,)], lambda y: __import__("calendar").isleap(y))
T("number_to_words", "(n: int) -> str", "spells an integer from 0 to 99 in English words ('forty-two', 'seventeen', 'zero').",
  "ones = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()\ntens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()\nif n < 20:\n    return ones[n]\nword = tens[n // 10 - 2]\nreturn word if n % 10 == 0 else word + '-' + ones[n % 10]",
  [(0,), (17,), (42,), (90,), (99,)], lambda n: {0: "zero", 17: "seventeen", 42: "forty-two", 90: "ninety", 99: "ninety-nine"}[n])
T("digits_of", "(n: int) -> list", "returns the decimal digits of the non-negative integer `n` as a list of ints, most significant first.",
  "return [int(d) for d in str(n)]", [(1203,), (0,)], lambda n: [n // 10 ** i % 10 for i in range(len(str(n)) - 1, -1, -1)])
T("digit_product", "(n: int) -> int", "returns the product of the decimal digits of the non-negative integer `n`.",
  "result = 1\nfor d in str(n):\n    result *= int(d)\nreturn result", [(234,), (0,), (1111,)], lambda n: math.prod(map(int, str(n))))
T("harmonic_sum", "(n: int) -> float", "returns 1 + 1/2 + ... + 1/n rounded to 4 decimals (0.0 for n == 0).",
  "return round(sum(1 / k for k in range(1, n + 1)), 4)", [(1,), (4,), (0,), (10,)], lambda n: round(float(sum(__import__("fractions").Fraction(1, k) for k in range(1, n + 1))), 4))
T("compound_interest", "(principal: float, rate: float, years: int) -> float", "returns the balance after `years` years of yearly compounding at `rate` (0.05 means 5%), rounded to 2 decimals.",
  "balance = principal\nfor _ in range(years):\n    balance *= 1 + rate\nreturn round(balance, 2)", [(1000, 0.05, 2), (500, 0.1, 0), (100, 0.0, 5)], lambda p, r, y: round(p * (1 + r) ** y, 2))
T("is_happy", "(n: int) -> bool", "returns True if repeatedly replacing the positive integer `n` by the sum of the squares of its digits eventually reaches 1.",
  "seen = set()\nwhile n != 1 and n not in seen:\n    seen.add(n)\n    n = sum(int(d) ** 2 for d in str(n))\nreturn n == 1",
  [(19,), (2,), (1,), (7,)], lambda n: n in (1, 7, 10, 13, 19, 23, 28, 31))
T("next_prime", "(n: int) -> int", "returns the smallest prime strictly greater than `n`.",
  "candidate = n + 1\nwhile candidate < 2 or any(candidate % d == 0 for d in range(2, int(candidate ** 0.5) + 1)):\n    candidate += 1\nreturn candidate",
  [(0,), (7,), (14,), (89,)], lambda n: next(p for p in range(max(2, n + 1), 2 * n + 3) if all(p % d for d in range(2, p))))
T("sum_primes_up_to", "(n: int) -> int", "returns the sum of all primes less than or equal to `n`.",
  "return sum(p for p in range(2, n + 1) if all(p % d for d in range(2, int(p ** 0.5) + 1)))", [(10,), (1,), (100,)],
  lambda n: sum(p for p in range(2, n + 1) if not any(p % d == 0 for d in range(2, p))))
T("count_divisors", "(n: int) -> int", "returns how many positive divisors the positive integer `n` has.",
  "return sum(1 for d in range(1, n + 1) if n % d == 0)", [(1,), (12,), (13,), (36,)], lambda n: len([d for d in range(1, n + 1) if n / d == n // d]))
for m in (5, 10):
    T(f"round_to_nearest_{m}", "(n: int) -> int", f"rounds the integer `n` to the nearest multiple of {m}; exact halves round up (towards +infinity).",
      f"return (n + {m // 2}) // {m} * {m}", [(12,), (-3,), (0,), (m + m // 2,), (17,)], lambda n, m=m: math.floor(n / m + 0.5) * m)
T("distance", "(x1: float, y1: float, x2: float, y2: float) -> float", "returns the Euclidean distance between the points (x1, y1) and (x2, y2), rounded to 2 decimals.",
  "return round(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 2)", [(0, 0, 3, 4), (1, 1, 1, 1), (-1, 2, 3, -2)], lambda a, b, c, d: round(math.dist((a, b), (c, d)), 2))
T("manhattan_distance", "(a: tuple, b: tuple) -> int", "returns the Manhattan distance |x1 - x2| + |y1 - y2| between two points given as tuples.",
  "return abs(a[0] - b[0]) + abs(a[1] - b[1])", [((0, 0), (3, 4)), ((1, -1), (-1, 1))], lambda a, b: sum(abs(x - y) for x, y in zip(a, b)))
T("count_set_bits", "(n: int) -> int", "returns the number of 1 bits in the binary form of the non-negative integer `n`, using bit operations.",
  "count = 0\nwhile n:\n    count += n & 1\n    n >>= 1\nreturn count", [(0,), (7,), (1024,), (255,)], lambda n: bin(n).count("1"))
T("gray_code", "(n: int) -> int", "returns the n-th Gray code value (n XOR (n shifted right by one bit)).",
  "return n ^ (n >> 1)", [(0,), (1,), (2,), (3,), (10,)], lambda n: [0, 1, 3, 2, 6, 7, 5, 4, 12, 13, 15][n])
T("are_coprime", "(a: int, b: int) -> bool", "returns True if the positive integers `a` and `b` have no common divisor greater than 1.",
  "while b:\n    a, b = b, a % b\nreturn a == 1", [(8, 15), (12, 18), (1, 1)], lambda a, b: not any(a % d == 0 and b % d == 0 for d in range(2, min(a, b) + 1)))
T("fizzbuzz", "(n: int) -> list", "returns the strings for 1..n where multiples of 3 are 'Fizz', of 5 'Buzz', of both 'FizzBuzz', and other numbers their digits.",
  "out = []\nfor k in range(1, n + 1):\n    word = ('Fizz' if k % 3 == 0 else '') + ('Buzz' if k % 5 == 0 else '')\n    out.append(word or str(k))\nreturn out",
  [(15,), (0,), (5,)], lambda n: ["FizzBuzz" if k % 15 == 0 else "Fizz" if k % 3 == 0 else "Buzz" if k % 5 == 0 else str(k) for k in range(1, n + 1)])
T("foo_bar", "(n: int) -> list", "returns the strings for 1..n where multiples of 2 are 'Foo', of 7 'Bar', of both 'FooBar', and other numbers their digits.",
  "out = []\nfor k in range(1, n + 1):\n    word = ('Foo' if k % 2 == 0 else '') + ('Bar' if k % 7 == 0 else '')\n    out.append(word or str(k))\nreturn out",
  [(14,), (0,), (3,)], lambda n: ["FooBar" if k % 14 == 0 else "Foo" if k % 2 == 0 else "Bar" if k % 7 == 0 else str(k) for k in range(1, n + 1)])

# ---------------------------------------------------------------- more parsing
T("parse_point", "(text: str) -> tuple", "parses a point written as '(x, y)' or 'x,y' with integer coordinates into a tuple of two ints.",
  "x, y = text.strip('() ').split(',')\nreturn int(x), int(y)", [("(3, -4)",), ("10,20",)], lambda s: tuple(map(int, re.findall(r"-?\d+", s))))
T("expand_ranges", "(text: str) -> list", "expands a list like '1-3,5,8-9' into the integers [1, 2, 3, 5, 8, 9]; empty text gives [].",
  "out = []\nfor part in text.split(','):\n    if '-' in part:\n        lo, hi = part.split('-')\n        out.extend(range(int(lo), int(hi) + 1))\n    elif part:\n        out.append(int(part))\nreturn out",
  [("1-3,5,8-9",), ("",), ("7",)], lambda s: [n for a, b in re.findall(r"(\d+)(?:-(\d+))?", s) for n in range(int(a), int(b or a) + 1)])
T("collapse_ranges", "(nums: list) -> str", "writes a sorted list of distinct integers compactly: runs of consecutive numbers as 'a-b' ([1, 2, 3, 5] -> '1-3,5').",
  "parts, i = [], 0\nwhile i < len(nums):\n    j = i\n    while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:\n        j += 1\n    parts.append(str(nums[i]) if i == j else f'{nums[i]}-{nums[j]}')\n    i = j + 1\nreturn ','.join(parts)",
  [([1, 2, 3, 5, 8, 9],), ([],), ([4],)], lambda xs: ",".join(f"{g[0]}-{g[-1]}" if len(g) > 1 else str(g[0]) for g in ([v for _, v in grp] for _, grp in __import__("itertools").groupby(enumerate(xs), lambda p: p[1] - p[0]))))
T("parse_bool", "(text: str) -> bool", "maps 'yes', 'true', 'on', '1' to True and 'no', 'false', 'off', '0' to False (ignoring case and surrounding spaces); anything else gives None.",
  "value = text.strip().lower()\nif value in ('yes', 'true', 'on', '1'):\n    return True\nif value in ('no', 'false', 'off', '0'):\n    return False\nreturn None",
  [(" Yes ",), ("FALSE",), ("maybe",), ("1",)], lambda s: {"yes": True, "true": True, "on": True, "1": True, "no": False, "false": False, "off": False, "0": False}.get(s.strip().lower()))
T("count_log_levels", "(lines: list) -> dict", "counts log lines by level, where each line starts with a level name followed by ':' (e.g. 'ERROR: disk full').",
  "counts = {}\nfor line in lines:\n    level = line.split(':', 1)[0]\n    counts[level] = counts.get(level, 0) + 1\nreturn counts",
  [(["ERROR: a", "INFO: b", "ERROR: c"],), ([],)], lambda ls: dict(Counter(l.partition(":")[0] for l in ls)))
T("eval_plus_minus", "(expr: str) -> int", "evaluates an expression of non-negative integers joined by '+' and '-' (no spaces, e.g. '10+2-3') without eval.",
  "import re\ntotal = 0\nfor sign, number in re.findall(r'([+-]?)(\\d+)', expr):\n    total += -int(number) if sign == '-' else int(number)\nreturn total",
  [("10+2-3",), ("7",), ("1-1-1",)], lambda s: eval(s))
T("is_ipv4", "(text: str) -> bool", "returns True if `text` is a dotted IPv4 address: four decimal numbers from 0 to 255 without leading zeros.",
  "parts = text.split('.')\nif len(parts) != 4:\n    return False\nfor p in parts:\n    if not p.isdigit() or int(p) > 255 or (len(p) > 1 and p[0] == '0'):\n        return False\nreturn True",
  [("192.168.0.1",), ("256.1.1.1",), ("1.2.3",), ("01.2.3.4",), ("0.0.0.0",)],
  lambda s: re.fullmatch(r"((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)", s) is not None)
T("ordinal", "(n: int) -> str", "returns the positive integer `n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ...",
  "if n % 100 in (11, 12, 13):\n    suffix = 'th'\nelse:\n    suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')\nreturn f'{n}{suffix}'",
  [(1,), (2,), (3,), (4,), (11,), (12,), (22,), (113,), (101,)], lambda n: {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 22: "22nd", 113: "113th", 101: "101st"}[n])
T("thousands_separator", "(n: int) -> str", "formats the integer `n` with commas between groups of three digits (1234567 -> '1,234,567'), without format specifiers.",
  "digits = str(abs(n))\ngroups = []\nwhile digits:\n    groups.insert(0, digits[-3:])\n    digits = digits[:-3]\nreturn ('-' if n < 0 else '') + ','.join(groups)",
  [(1234567,), (0,), (-1000,), (999,)], lambda n: f"{n:,}")
T("parse_percent", "(text: str) -> float", "converts a percentage string such as '45%' or '12.5 %' into a fraction (0.45, 0.125), rounded to 4 decimals.",
  "return round(float(text.replace('%', '').strip()) / 100, 4)", [("45%",), ("12.5 %",), ("0%",)], lambda s: round(float(re.sub(r"[%\s]", "", s)) / 100, 4))

# ---------------------------------------------------------------- more recursion
T("recursive_max", "(nums: list) -> int", "returns the largest number of the non-empty list `nums`, recursively, without max.",
  "if len(nums) == 1:\n    return nums[0]\nrest = recursive_max(nums[1:])\nreturn nums[0] if nums[0] > rest else rest", [([3, 9, 2],), ([-5],), ([1, 1],)], max)
T("recursive_count", "(nested: list, target: object) -> int", "counts how many times `target` occurs anywhere in arbitrarily nested lists, recursively.",
  "return sum(recursive_count(x, target) if isinstance(x, list) else int(x == target) for x in nested)",
  [([1, [1, [2, 1]], 3], 1), ([], 1), ([[2], [[2]]], 2)], lambda xs, t: re.findall(r"-?\d+", json.dumps(xs)).count(str(t)))
T("recursive_is_palindrome", "(text: str) -> bool", "returns True if `text` is a palindrome, checking the outer characters recursively.",
  "if len(text) < 2:\n    return True\nreturn text[0] == text[-1] and recursive_is_palindrome(text[1:-1])", [("level",), ("ab",), ("",)], lambda s: s == s[::-1])
T("combinations_of_2", "(items: list) -> list", "returns all pairs `[a, b]` of items at positions i < j of `items`, in order, computed recursively.",
  "if len(items) < 2:\n    return []\nfirst, rest = items[0], items[1:]\nreturn [[first, x] for x in rest] + combinations_of_2(rest)",
  [([1, 2, 3],), ([],), (["a", "b", "c", "d"],)], lambda xs: [list(p) for p in __import__("itertools").combinations(xs, 2)])
T("balanced_paren_strings", "(n: int) -> list", "returns, sorted, all strings of `n` pairs of correctly nested round brackets, generated recursively.",
  "out = []\ndef build(s, opened, closed):\n    if len(s) == 2 * n:\n        out.append(s)\n        return\n    if opened < n:\n        build(s + '(', opened + 1, closed)\n    if closed < opened:\n        build(s + ')', opened, closed + 1)\nbuild('', 0, 0)\nreturn sorted(out)",
  [(0,), (1,), (3,)], lambda n: sorted(s for s in {"".join(p) for p in permutations("(" * n + ")" * n)} if all(s[:i].count("(") >= s[:i].count(")") for i in range(len(s) + 1))))
T("binary_strings", "(n: int) -> list", "returns all strings of length `n` made of '0' and '1', in ascending order, generated recursively.",
  "if n == 0:\n    return ['']\nshorter = binary_strings(n - 1)\nreturn ['0' + s for s in shorter] + ['1' + s for s in shorter]",
  [(0,), (1,), (3,)], lambda n: [format(i, f"0{n}b") if n else "" for i in range(2 ** n)])
T("subset_sum_exists", "(nums: list, target: int) -> bool", "returns True if some subset of the positive integers `nums` adds up to exactly `target`, recursively.",
  "if target == 0:\n    return True\nif not nums or target < 0:\n    return False\nreturn subset_sum_exists(nums[1:], target - nums[0]) or subset_sum_exists(nums[1:], target)",
  [([3, 34, 4, 12, 5, 2], 9), ([3, 34, 4], 30), ([], 0), ([5], 4)], lambda xs, t: t in {sum(c) for r in range(len(xs) + 1) for c in __import__("itertools").combinations(xs, r)})
T("coin_change_ways", "(amount: int, coins: list) -> int", "returns the number of ways to make `amount` from unlimited coins of the given positive values (order does not matter), recursively with memoization.",
  "from functools import lru_cache\ncoins = tuple(coins)\n\n@lru_cache(maxsize=None)\ndef ways(rest, i):\n    if rest == 0:\n        return 1\n    if rest < 0 or i == len(coins):\n        return 0\n    return ways(rest - coins[i], i) + ways(rest, i + 1)\n\nreturn ways(amount, 0)",
  [(5, [1, 2, 5]), (3, [2]), (0, [7]), (10, [2, 5, 3, 6])], coin_ways_dp)
T("tree_depth", "(tree: dict) -> int", "returns the depth of a tree given as nested dicts {'value': v, 'children': [...]}: a single node has depth 1; recursively.",
  "return 1 + max((tree_depth(child) for child in tree['children']), default=0)",
  [({"value": 1, "children": []},), ({"value": 1, "children": [{"value": 2, "children": [{"value": 3, "children": []}]}, {"value": 4, "children": []}]},)],
  tree_depth_bfs)

# ---------------------------------------------------------------- more sorting
T("sort_by_length_desc", "(words: list) -> list", "sorts `words` from longest to shortest, words of equal length alphabetically.",
  "return sorted(words, key=lambda w: (-len(w), w))", [(["pear", "fig", "apple", "kiwi"],), ([],)], lambda ws: sorted(sorted(ws), key=len, reverse=True))
T("sort_by_digit_sum", "(nums: list) -> list", "sorts non-negative ints by the sum of their digits, then by value.",
  "return sorted(nums, key=lambda n: (sum(int(d) for d in str(n)), n))", [([91, 19, 5, 100, 23],), ([],)],
  lambda xs: sorted(sorted(xs), key=lambda n: sum(map(int, str(n)))))
T("sort_people", "(people: list) -> list", "sorts `(name, age)` tuples by age, oldest first, then by name alphabetically.",
  "return sorted(people, key=lambda p: (-p[1], p[0]))", [([("bo", 30), ("al", 25), ("cy", 30)],), ([],)], lambda ps: sorted(sorted(ps), key=lambda p: -p[1]))
T("quicksort", "(nums: list) -> list", "returns a sorted copy of `nums` using recursive quicksort (no sort or sorted).",
  "if len(nums) <= 1:\n    return list(nums)\npivot, rest = nums[0], nums[1:]\nreturn quicksort([n for n in rest if n < pivot]) + [pivot] + quicksort([n for n in rest if n >= pivot])",
  [([5, 2, 9, 1, 5, 6],), ([],), ([3, -1],)], sorted)
T("group_anagrams", "(words: list) -> list", "groups `words` that are anagrams of each other; each group keeps input order and groups are ordered by their first word's position.",
  "groups = {}\nfor w in words:\n    groups.setdefault(''.join(sorted(w)), []).append(w)\nreturn list(groups.values())",
  [(["eat", "tea", "tan", "ate", "nat", "bat"],), ([],)], lambda ws: [[w for w in ws if sorted(w) == sorted(f)] for i, f in enumerate(ws) if not any(sorted(f) == sorted(g) for g in ws[:i])])
T("dense_ranks", "(nums: list) -> list", "replaces each number of `nums` by its dense rank: 1 for the smallest value, equal values share a rank, no gaps.",
  "ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}\nreturn [ranks[n] for n in nums]", [([40, 10, 20, 10],), ([],), ([5, 5],)],
  lambda xs: [len({y for y in xs if y <= x}) for x in xs])
T("merge_intervals", "(intervals: list) -> list", "merges overlapping or touching `[start, end]` intervals and returns them sorted by start.",
  "merged = []\nfor start, end in sorted(intervals):\n    if merged and start <= merged[-1][1]:\n        merged[-1][1] = max(merged[-1][1], end)\n    else:\n        merged.append([start, end])\nreturn merged",
  [([[1, 3], [2, 6], [8, 10], [15, 18]],), ([[1, 4], [4, 5]],), ([],)],
  lambda iv: (lambda pts: [[a, b] for a, b in pts])(__import__("functools").reduce(lambda acc, x: acc[:-1] + [(acc[-1][0], max(acc[-1][1], x[1]))] if acc and x[0] <= acc[-1][1] else acc + [tuple(x)], sorted(iv), [])))
T("top_2_words", "(text: str) -> list", "returns the two most frequent lower-cased words of `text`, most frequent first, ties alphabetically (fewer if there are fewer words).",
  "counts = {}\nfor w in text.lower().split():\n    counts[w] = counts.get(w, 0) + 1\nreturn sorted(counts, key=lambda w: (-counts[w], w))[:2]",
  [("b a b c a b",), ("",), ("one",)], lambda s: [w for w, _ in sorted(sorted(Counter(s.lower().split()).items()), key=lambda kv: -kv[1])][:2])


def main(out_dir: Path = Path(__file__).parent) -> None:
    rng = random.Random(2026)
    order = list(range(len(TASKS)))
    rng.shuffle(order)
    held = set(order[:HELDOUT])
    rows = [dict(id=f"code-{i + 1:04d}", **t) for i, t in enumerate(TASKS)]
    for name, keep in [("code_train.jsonl", lambda i: i not in held), ("code_heldout.jsonl", lambda i: i in held)]:
        with open(out_dir / name, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                if keep(i): f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} tasks: {len(rows) - HELDOUT} train, {HELDOUT} held out")

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
