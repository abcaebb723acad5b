// The public view: reads the public API only (no sign-in), builds every element with textContent (never HTML from
// data), and links each download with its digest. Its fixed text comes from the bundles in i18n/ (English, Spanish,
// Simplified Chinese); figures and names come from the report as it printed them and are never translated here.
(function () {
    'use strict';

    const API = '../api/public/releases';
    const LANGUAGES = ['en', 'es', 'zh-CN'];
    const PORT_NAMES = {POLA: 'Port of Los Angeles', POLB: 'Port of Long Beach'};
    let bundle = {};
    let shown = null;

    /** The bundle's text for key, with {0}, {1}... filled in. */
    function t(key, ...values) {
        const text = bundle[key] === undefined ? key : bundle[key];
        return text.replace(/\{(\d+)\}/g, (m, i) => String(values[Number(i)]));
    }

    /** ?lang=, else the choice remembered, else the browser's language when it is one of ours, else English. */
    function chosenLanguage() {
        const asked = new URLSearchParams(window.location.search).get('lang')
            || window.localStorage.getItem('portverify.language') || navigator.language || 'en';
        if (LANGUAGES.includes(asked)) {
            return asked;
        }
        return asked.toLowerCase().startsWith('zh') ? 'zh-CN' : asked.toLowerCase().startsWith('es') ? 'es' : 'en';
    }

    async function useLanguage(language) {
        bundle = await json('i18n/' + language + '.json');
        document.documentElement.lang = language;
        document.title = t('pageTitle');
        document.querySelectorAll('[data-i18n]').forEach(node => {
            node.textContent = t(node.dataset.i18n);
        });
        document.getElementById('language').value = language;
    }

    function element(tag, text, className) {
        const node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function status(code) {
        return element('span', t('status.' + code), 'status status-' + String(code).toLowerCase());
    }

    async function json(url) {
        const answer = await fetch(url, {headers: {Accept: 'application/json'}});
        if (!answer.ok) {
            throw new Error(url + ': ' + answer.status);
        }
        return answer.json();
    }

    async function showYears() {
        const list = document.getElementById('years');
        const note = document.getElementById('years-status');
        let releases;
        try {
            releases = await json(API);
        } catch (e) {
            note.textContent = t('loadFailed');
            return;
        }
        if (releases.length === 0) {
            note.textContent = t('none');
            return;
        }
        note.textContent = releases.length === 1 ? t('released.one') : t('released.many', releases.length);
        releases.forEach(function (release) {
            const item = element('li');
            const button = element('button', t('reportingYear', release.reportingYear), 'year');
            button.type = 'button';
            button.dataset.year = release.reportingYear;
            button.addEventListener('click', function () {
                showRelease(release.reportingYear);
            });
            item.appendChild(button);
            list.appendChild(item);
        });
        // after a change of language, the year shown stays
        const wanted = shown || Number(new URLSearchParams(window.location.search).get('year'));
        showRelease(releases.some(r => r.reportingYear === wanted) ? wanted : releases[0].reportingYear);
    }

    async function showRelease(year) {
        shown = year;
        const data = await json(API + '/' + encodeURIComponent(year));
        const release = data.release;
        document.querySelectorAll('button.year').forEach(function (b) {
            b.setAttribute('aria-pressed', String(Number(b.dataset.year) === year));
        });
        document.getElementById('release-heading').textContent = t('reportingYear', release.reportingYear);
        document.getElementById('release-facts').textContent = t('facts', release.asOfDate, release.executionId,
            release.dataSha256);

        const opinions = document.getElementById('opinions');
        opinions.replaceChildren();
        Object.keys(release.opinions).forEach(function (port) {
            const card = element('p', null, 'opinion');
            card.appendChild(element('strong', (PORT_NAMES[port] || port) + ': '));
            card.appendChild(status(release.opinions[port]));
            opinions.appendChild(card);
        });

        const body = document.querySelector('#figures tbody');
        body.replaceChildren();
        data.figures.forEach(function (f) {
            const row = element('tr');
            row.appendChild(element('th', f.entity)).scope = 'row';
            row.appendChild(element('td', f.pollutant));
            row.appendChild(element('td', f.tons2005 + ' ' + f.unit, 'num'));
            row.appendChild(element('td', f.tons + ' ' + f.unit, 'num'));
            row.appendChild(element('td', f.change, 'num'));
            row.appendChild(element('td', f.changePer10kTeu, 'num'));
            const cell = element('td');
            cell.appendChild(status(f.status));
            row.appendChild(cell);
            body.appendChild(row);
        });

        const downloads = document.getElementById('downloads');
        downloads.replaceChildren();
        const pdf = element('li');
        const pdfLink = element('a', t('boardReport', release.pdfSha256.substring(0, 12)));
        pdfLink.href = '../api/' + release.report;
        pdf.appendChild(pdfLink);
        downloads.appendChild(pdf);
        // the one-page community summary in each language, each named in its own (the language switch's names)
        const summary = element('li', null, 'summaries');
        summary.appendChild(element('span', t('communitySummary') + ' '));
        Object.keys(release.summaries).forEach(function (code, i) {
            const option = document.querySelector('#language option[value^="' + code + '"]');
            // a language the server offers and the switch does not know is named by its code
            const name = option ? option.textContent : code;
            const tag = option ? option.value : code;
            const link = element('a', name);
            link.href = '../api/' + release.summaries[code];
            link.hreflang = tag;
            link.lang = tag;
            link.setAttribute('aria-label', t('communitySummaryIn', name));
            if (i > 0) {
                summary.appendChild(document.createTextNode(' · '));
            }
            summary.appendChild(link);
        });
        downloads.appendChild(summary);
        release.tables.forEach(function (path) {
            const item = element('li');
            const name = path.substring(path.lastIndexOf('/') + 1);
            item.appendChild(element('span', name + ': '));
            ['csv', 'json'].forEach(function (kind, i) {
                const link = element('a', kind.toUpperCase());
                link.href = '../api/' + path + '.' + kind;
                link.setAttribute('aria-label', t('tableAs', name, kind.toUpperCase()));
                if (i > 0) {
                    item.appendChild(document.createTextNode(' · '));
                }
                item.appendChild(link);
            });
            downloads.appendChild(item);
        });
        // shown before the chart is drawn: a hidden element has no size to draw in
        document.getElementById('release').hidden = false;
        await showKeyFigures(year);
        await showTrend(year);
    }

    /** "-90%" -> -90, "1,234.5" -> 1234.5, "n/a" -> null: the figures as the report prints them. */
    function number(text) {
        const cleaned = String(text).replace(/[,%\s]/g, '');
        return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
    }

    /**
     * The label in the page's language: the bundle's words for what the figure is (its code), with its subject (a
     * pollutant) as printed; the report's English label for a figure the bundles do not know.
     */
    function keyFigureLabel(code, subject, printed) {
        return code && bundle['keyFigure.' + code] !== undefined ? t('keyFigure.' + code, subject) : printed;
    }

    async function showKeyFigures(year) {
        const table = await json(API + '/' + encodeURIComponent(year) + '/tables/key-figures.json');
        const c = table.columns;
        const container = document.getElementById('key-figures');
        container.replaceChildren();
        table.rows.forEach(function (r) {
            const card = element('p', null, 'key-figure');
            card.dataset.code = r[c[3]];
            card.appendChild(element('strong', r[c[1]]));
            card.appendChild(element('span', keyFigureLabel(r[c[3]], r[c[4]], r[c[0]])));
            container.appendChild(card);
        });
    }

    /** San Pedro Bay's change vs 2005 by data year, one line per pollutant, from the released trends table. */
    async function showTrend(year) {
        const table = await json(API + '/' + encodeURIComponent(year) + '/tables/trends.json');
        const c = table.columns;
        const rows = table.rows.filter(r => String(r[c[0]]).startsWith('San Pedro Bay'));
        const node = document.getElementById('trend-chart');
        const chart = echarts.getInstanceByDom(node) || echarts.init(node);
        chart.setOption({
            animation: false,
            tooltip: {trigger: 'axis', valueFormatter: v => v + '%'},
            legend: {top: 0},
            // room for the legend in two rows, as it wraps on a phone (in one, it covered the 0% line)
            grid: {left: 8, right: 16, top: 64, bottom: 8, containLabel: true},
            xAxis: {type: 'category', data: rows.map(r => String(r[c[1]]))},
            yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
            series: c.slice(2).map(p => ({name: p, type: 'line', data: rows.map(r => number(r[p]))}))
        }, true);
        document.body.dataset.chartYear = String(year);
    }

    document.addEventListener('DOMContentLoaded', async function () {
        await useLanguage(chosenLanguage());
        document.getElementById('language').addEventListener('change', async function (event) {
            window.localStorage.setItem('portverify.language', event.target.value);
            await useLanguage(event.target.value);
            document.getElementById('years').replaceChildren();
            await showYears();
        });
        await showYears();
        window.addEventListener('resize', function () {
            const chart = echarts.getInstanceByDom(document.getElementById('trend-chart'));
            if (chart) {
                chart.resize();
            }
        });
    });
})();
