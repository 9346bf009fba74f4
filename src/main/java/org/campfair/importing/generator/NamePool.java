package org.campfair.importing.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Made-up nicknames, legal names, hamlets and house names for generated camps. */
final class NamePool {

    static final List<String> HAMLETS = List.of("Kamigo", "Nakago", "Shimogo", "Kawabata", "Kitayama",
            "Minamidani", "Higashino", "Nishihara", "Okubo", "Sawada", "Takanosu", "Hirao", "Ishidani",
            "Koyama", "Mizunashi", "Ochiai", "Sakamoto", "Tanigawa", "Umenoki", "Yanase", "Fujimori", "Hosoda",
            "Iwaya", "Kumano", "Morioka", "Nagatoro", "Oshima", "Sugitani", "Tsubaki", "Wakamiya");

    private static final List<String> NICKNAMES = List.of("Sora", "Kai", "Rin", "Hina", "Taku", "Mio", "Yuu",
            "Nagi", "Haru", "Aoi", "Kumo", "Hoshi", "Tora", "Momo", "Kiri", "Sumi", "Nao", "Riku", "Emi", "Shin",
            "Kaede", "Tsubame", "Hotaru", "Ume", "Take", "Matsu", "Ayu", "Koi", "Fuku", "Maru", "Pon", "Chibi",
            "Mimi", "Tama", "Kuro", "Shiro", "Ao", "Midori", "Akane", "Kon", "Sakura", "Yuzu", "Mochi", "Dango",
            "Nori", "Kinako", "Azuki", "Sansho", "Wasabi", "Ringo", "Nashi", "Kaki", "Ichigo", "Suika", "Hayate",
            "Kaze", "Ame", "Yuki", "Kasumi", "Tsuki");

    private static final List<String> FAMILY_NAMES = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺",
            "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林",
            "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "岡田", "後藤", "長谷川");

    private static final List<String> GIVEN_NAMES = List.of("翔太", "結衣", "大輔", "美咲", "健一", "陽菜",
            "誠", "千尋", "拓也", "遥", "直樹", "彩", "亮", "奈緒", "悠斗", "葵", "聡", "真由", "優", "恵",
            "隆", "愛", "浩二", "舞", "修", "沙織", "進", "香織", "学", "由美");

    private static final List<String> HOUSE_FAMILIES = List.of("Okada", "Nishiyama", "Mori", "Kubo", "Ueda",
            "Hayashi", "Murata", "Sakai", "Noguchi", "Imai", "Kono", "Hirano", "Ono", "Takeda", "Yoshino");

    private final RandomGenerator random;
    private final Map<String, Integer> nicknamesUsed = new HashMap<>();
    private final Map<String, Integer> housesUsed = new HashMap<>();

    NamePool(RandomGenerator random) {
        this.random = random;
    }

    /** A nickname no one else in the camp has: the second "Sora" is "Sora-2". */
    String nickname() {
        String base = pick(NICKNAMES);
        int count = nicknamesUsed.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + count;
    }

    String legalName() {
        return pick(FAMILY_NAMES) + " " + pick(GIVEN_NAMES);
    }

    /** An empty family home; the second Okada house in a camp is "Okada House 2". */
    String houseName() {
        String base = pick(HOUSE_FAMILIES) + " House";
        int count = housesUsed.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + " " + count;
    }

    static String hamlet(int index) {
        String name = HAMLETS.get(index % HAMLETS.size());
        return index < HAMLETS.size() ? name : name + " " + (index / HAMLETS.size() + 1);
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
