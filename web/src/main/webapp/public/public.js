// The public view: reads the public API only (no sign-in), builds every element with textContent (never HTML from
// data), and links each download with its digest.
(function () {
    'use strict';

    const API = '../api/public/releases';
    const STATUS_TEXT = {
        VERIFIED: 'Verified',
        VERIFIED_WITH_FINDINGS: 'Verified with findings',
        NOT_VERIFIED: 'Not verified',
        FINAL_REPORT: 'Final report'
    };
    const PORT_NAMES = {POLA: 'Port of Los Angeles', POLB: 'Port of Long Beach'};

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
        const badge = element('span', STATUS_TEXT[code] || code, 'status status-' + String(code).toLowerCase());
        return badge;
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
            note.textContent = 'The released years could not be loaded. Please try again later.';
            return;
        }
        if (releases.length === 0) {
            note.textContent = 'No report has been released as final yet.';
            return;
        }
        note.textContent = releases.length + (releases.length === 1 ? ' year released.' : ' years released.');
        releases.forEach(function (release) {
            const item = element('li');
            const button = element('button', 'Reporting year ' + release.reportingYear, 'year');
            button.type = 'button';
            button.dataset.year = release.reportingYear;
            button.addEventListener('click', function () {
                showRelease(release.reportingYear);
            });
            item.appendChild(button);
            list.appendChild(item);
        });
        const wanted = Number(new URLSearchParams(window.location.search).get('year'));
        showRelease(releases.some(r => r.reportingYear === wanted) ? wanted : releases[0].reportingYear);
    }

    async function showRelease(year) {
        const data = await json(API + '/' + encodeURIComponent(year));
        const release = data.release;
        document.querySelectorAll('button.year').forEach(function (b) {
            b.setAttribute('aria-pressed', String(Number(b.dataset.year) === year));
        });
        document.getElementById('release-heading').textContent = 'Reporting year ' + release.reportingYear;
        document.getElementById('release-facts').textContent = 'As of ' + release.asOfDate + ' · verification run '
            + release.executionId + ' · data digest ' + release.dataSha256;

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
        const pdfLink = element('a', 'Governing Board report (PDF, SHA-256 ' + release.pdfSha256.substring(0, 12)
            + '…)');
        pdfLink.href = '../api/' + release.report;
        pdf.appendChild(pdfLink);
        downloads.appendChild(pdf);
        release.tables.forEach(function (path) {
            const item = element('li');
            const name = path.substring(path.lastIndexOf('/') + 1);
            item.appendChild(element('span', name + ': '));
            ['csv', 'json'].forEach(function (kind, i) {
                const link = element('a', kind.toUpperCase());
                link.href = '../api/' + path + '.' + kind;
                link.setAttribute('aria-label', name + ' as ' + kind.toUpperCase());
                if (i > 0) {
                    item.appendChild(document.createTextNode(' · '));
                }
                item.appendChild(link);
            });
            downloads.appendChild(item);
        });
        document.getElementById('release').hidden = false;
    }

    document.addEventListener('DOMContentLoaded', showYears);
})();
