/*
 * PortVerify dashboard: a reporting year's figures as charts and tables, read from the stored run through the REST
 * API (the report's own tables as JSON), so every number is the PDF's. Apache ECharts draws the charts; each chart has
 * a caption, its data as a table under it and as CSV. Text from the server is set as text, never parsed as HTML.
 */
(function () {
    'use strict';
    // location.origin: a page opened as https://user:password@host/... keeps the credentials in its own URL
    var ROOT = location.origin + location.pathname.replace(/\/[^/]*$/, '');
    var API = ROOT + '/api';
    var ANNUAL_STEPS = 7;
    var ACTIVE = ['STARTING', 'STARTED', 'STOPPING'];
    var OPINIONS = {VERIFIED: 'Verified', VERIFIED_WITH_FINDINGS: 'Verified with findings',
        NOT_VERIFIED: 'Not verified'};
    var PORTS = {POLA: 'Port of Los Angeles', POLB: 'Port of Long Beach'};
    var charts = {};

    function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = text; }
        if (className) { node.className = className; }
        return node;
    }

    function get(path) {
        return fetch(API + path, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (answer) {
                if (!answer.ok) { throw new Error(path + ': ' + answer.status); }
                return answer.json();
            });
    }

    /** "-90%" -> -90, "1,234.5" -> 1234.5, "n/a" -> null: the figures as the report prints them. */
    function number(text) {
        var cleaned = String(text).replace(/[,%\s]/g, '');
        return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
    }

    /** The rows as a table of the given columns (by default every column of the API's table). */
    function table(container, json, rows, columns) {
        var shown = columns || json.columns;
        var wrap = el('div', null, 'dash-table');
        var t = el('table');
        var head = el('tr');
        shown.forEach(function (c) { var th = el('th', c); th.scope = 'col'; head.appendChild(th); });
        t.appendChild(el('thead')).appendChild(head);
        var body = el('tbody');
        rows.forEach(function (row) {
            var tr = el('tr');
            shown.forEach(function (c) { tr.appendChild(el('td', row[c] === undefined ? '' : row[c])); });
            body.appendChild(tr);
        });
        t.appendChild(body);
        wrap.appendChild(t);
        container.replaceChildren(wrap);
    }

    function chart(id, option) {
        if (!charts[id]) { charts[id] = echarts.init(document.getElementById(id)); }
        charts[id].setOption(option, true);
    }

    function csvLink(id, executionId, name) {
        document.getElementById(id).href = API + '/reports/runs/' + executionId + '/tables/' + name + '.csv';
    }

    function tableOf(executionId, name) {
        return get('/reports/runs/' + executionId + '/tables/' + name + '.json');
    }

    function showTrends(executionId) {
        return tableOf(executionId, 'trends').then(function (json) {
            var c = json.columns;
            var rows = json.rows.filter(function (r) { return String(r[c[0]]).indexOf('San Pedro Bay') === 0; });
            var years = rows.map(function (r) { return String(r[c[1]]); });
            var series = c.slice(2).map(function (pollutant) {
                return {name: pollutant, type: 'line', connectNulls: false,
                    data: rows.map(function (r) { return number(r[pollutant]); })};
            });
            chart('trend-chart', {
                animation: false, tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + '%'; }},
                // room for the legend in two rows, as it wraps on a phone
                legend: {top: 0}, grid: {left: 48, right: 16, top: 64, bottom: 32},
                xAxis: {type: 'category', data: years},
                yAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
                series: series
            });
            document.getElementById('trend-caption').textContent = 'Change in tons against 2005 of San Pedro Bay '
                + '(both ports), each pollutant by data year, ' + years[0] + ' to ' + years[years.length - 1]
                + '; 0% is the 2005 baseline.';
            table(document.getElementById('trend-table'), json, rows);
            csvLink('trend-csv', executionId, 'trends');
        });
    }

    /**
     * The tons chart (issue 16): each entity's tons (or tons per 10,000 TEU) of the chosen pollutant by data year,
     * San Pedro Bay's 2005 baseline, the tons each CAAP standard allows from its year on (the standards table), and
     * San Pedro Bay's trend with its 95% band (the projection-band table). Every number is a cell of those tables;
     * the chart only picks and places them.
     */
    var tons = {};

    function showTons(executionId) {
        return Promise.all([tableOf(executionId, 'tons'), tableOf(executionId, 'standards'),
            tableOf(executionId, 'projection-band')]).then(function (tables) {
            tons = {executionId: executionId, tons: tables[0], standards: tables[1], band: tables[2]};
            var c = tons.tons.columns;
            var pollutants = tons.tons.rows.map(function (r) { return r[c[1]]; })
                .filter(function (p, i, all) { return all.indexOf(p) === i; });
            var select = document.getElementById('tons-pollutant');
            var chosen = pollutants.indexOf(select.value) >= 0 ? select.value
                : pollutants.indexOf('NOx') >= 0 ? 'NOx' : pollutants[0];
            select.replaceChildren();
            pollutants.forEach(function (p) { var o = el('option', p); o.value = p; select.appendChild(o); });
            select.value = chosen;
            csvLink('tons-csv', executionId, 'tons');
            csvLink('tons-standards-csv', executionId, 'standards');
            csvLink('tons-band-csv', executionId, 'projection-band');
            drawTons();
        });
    }

    function narrow() {
        return document.getElementById('tons-chart').clientWidth < 700;
    }

    /** "San Pedro Bay (both ports) (partial)" and "San Pedro Bay (both ports)" are one line. */
    function entityOf(text) {
        return String(text).replace(/ \(partial\)$/, '');
    }

    /**
     * The points of a line with a break ('-', ECharts' empty value) before a data year that does not follow the one
     * before it: 2005 and 2017 are not joined, as if the years between had been measured.
     */
    function withBreaks(points) {
        var drawn = [];
        points.forEach(function (p, i) {
            if (i > 0 && p[0] !== points[i - 1][0] + 1) { drawn.push([p[0], '-']); }
            drawn.push(p);
        });
        return drawn;
    }

    function drawTons() {
        if (!tons.tons) { return; }
        var pollutant = document.getElementById('tons-pollutant').value;
        var perTeu = document.getElementById('tons-measure').value === 'per10k';
        var c = tons.tons.columns;
        var valueColumn = perTeu ? c[5] : c[4];
        var rows = tons.tons.rows.filter(function (r) { return r[c[1]] === pollutant; });
        var entities = rows.map(function (r) { return entityOf(r[c[0]]); })
            .filter(function (e, i, all) { return all.indexOf(e) === i; });
        var bayName = entities.filter(function (e) { return e.indexOf('San Pedro Bay') === 0; })[0];
        var years = rows.map(function (r) { return r[c[3]]; }).sort(function (x, y) { return x - y; });
        var unit = rows.length ? rows[0][c[2]] + (perTeu ? ' per 10,000 TEU' : '') : '';
        var series = entities.map(function (entity) {
            var bay = entity === bayName;
            return {id: 'entity:' + entity, name: short(entity), type: 'line', connectNulls: false, z: 3,
                symbolSize: bay ? 7 : 5, lineStyle: {width: bay ? 3 : 1.5},
                data: withBreaks(rows.filter(function (r) { return entityOf(r[c[0]]) === entity; })
                    .map(function (r) { return [r[c[3]], number(r[valueColumn])]; }))};
        });

        var s = tons.standards.columns;
        var standards = perTeu ? [] : tons.standards.rows.filter(function (r) {
            // the San Pedro Bay standards of this pollutant, once each (the standard year's row)
            return String(r[s[0]]).indexOf('standard: ' + pollutant + ' ') >= 0 && r[s[2]] === 'Standard year'
                && entityOf(r[s[1]]) === bayName && number(r[s[7]]) !== null;
        });
        var b = tons.band.columns;
        var band = perTeu ? [] : tons.band.rows.filter(function (r) { return r[b[1]] === pollutant; });
        var lastYear = years.concat(band.map(function (r) { return r[b[3]]; }))
            .reduce(function (a, y) { return y > a ? y : a; }, years[years.length - 1]);

        var baseline = rows.filter(function (r) { return entityOf(r[c[0]]) === bayName && r[c[3]] === 2005; })[0];
        if (baseline && number(baseline[valueColumn]) !== null) {
            series.push({id: 'baseline', name: '2005 baseline', type: 'line', symbol: 'none',
                lineStyle: {type: 'dashed', color: '#4a4f57', width: 1.5}, itemStyle: {color: '#4a4f57'},
                data: [[years[0], number(baseline[valueColumn])], [lastYear, number(baseline[valueColumn])]]});
        }
        standards.forEach(function (r, i) {
            var year = Number(r[s[3]]);
            series.push({id: 'standard:' + year, name: year + ' standard (' + r[s[5]] + ')', type: 'line',
                symbol: 'diamond', symbolSize: 9, lineStyle: {type: 'dotted', width: 2},
                color: ['#a4161a', '#7a4b00'][i % 2],
                data: [[year, number(r[s[7]])], [lastYear, number(r[s[7]])]]});
        });
        if (band.length) {
            var points = band.map(function (r) { return [r[b[3]], number(r[b[5]]), number(r[b[6]])]; });
            series.push({id: 'band', name: '95% band', type: 'custom', z: 1, color: 'rgba(10,110,110,.25)',
                data: points, encode: {x: 0, y: [1, 2]}, renderItem: function (params, api) {
                    // one shape for the whole band, drawn with the first point: the highs, then the lows backwards
                    if (params.dataIndex !== 0) { return null; }
                    var edge = points.map(function (p) { return api.coord([p[0], p[2]]); })
                        .concat(points.slice().reverse().map(function (p) { return api.coord([p[0], p[1]]); }));
                    return {type: 'polygon', shape: {points: edge},
                        style: {fill: 'rgba(10,110,110,.18)', stroke: 'none'}};
                }});
            series.push({id: 'trend', name: 'Trend (' + band[0][b[2]] + ')', type: 'line', symbol: 'none',
                z: 2, color: '#0a6e6e', lineStyle: {type: 'dashed', width: 2},
                data: band.map(function (r) { return [r[b[3]], number(r[b[4]])]; })});
        }

        chart('tons-chart', {
            animation: false, tooltip: {trigger: 'item'},
            // the legend wraps on a phone: its rows take the room above the grid
            legend: {top: 0}, grid: {left: 16, right: 24, top: narrow() ? 150 : 64, bottom: 8, containLabel: true},
            xAxis: {type: 'value', min: years[0], max: lastYear, minInterval: 1,
                axisLabel: {formatter: function (v) { return String(v); }}},
            yAxis: {type: 'value', name: unit, nameTextStyle: {align: 'left'}},
            series: series
        });

        var caption = pollutant + ' of ' + entities.map(short).join(', ') + ', ' + unit + ' by data year, '
            + years[0] + ' to ' + years[years.length - 1] + '.';
        if (baseline) {
            caption += ' Grey dashed line: San Pedro Bay\'s 2005 baseline, ' + baseline[valueColumn] + '.';
        }
        standards.forEach(function (r) {
            caption += ' ' + r[s[0]] + ' (' + r[s[7]] + ' ' + unit + ' from ' + r[s[3]] + ' on): ' + r[s[5]] + '.';
        });
        if (band.length) {
            caption += ' Dashed green line and shaded band: San Pedro Bay\'s trend (' + band[0][b[2]] + ') to '
                + band[band.length - 1][b[3]] + ', ' + band[band.length - 1][b[4]] + ' in that year, with the 95% '
                + 'band of its slope; a projection, not a forecast.';
        } else if (!perTeu) {
            caption += ' No trend is fitted for ' + pollutant + '.';
        }
        if (perTeu) {
            caption += ' The standards and the projection are in tons: choose Tons to see them.';
        }
        document.getElementById('tons-caption').textContent = caption;
        table(document.getElementById('tons-table'), tons.tons, rows);
        table(document.getElementById('tons-standards-table'), tons.standards, tons.standards.rows.filter(function (r) {
            // the greenhouse gas goals are CO2e's (against 1990: no 2005 level to draw)
            return String(r[s[0]]).indexOf('standard: ' + pollutant + ' ') >= 0
                || (pollutant === 'CO2e' && String(r[s[0]]).indexOf('GHG goal') >= 0);
        }));
        table(document.getElementById('tons-band-table'), tons.band,
            tons.band.rows.filter(function (r) { return r[b[1]] === pollutant; }));
    }

    function showCategories(executionId) {
        return tableOf(executionId, 'categories').then(function (json) {
            var c = json.columns;
            var rows = json.rows.filter(function (r) {
                return String(r[c[0]]).indexOf('San Pedro Bay') === 0 && r[c[2]] === 'NOx'
                    && String(r[c[1]]).indexOf('All source categories') !== 0;
            });
            chart('category-chart', {
                animation: false, tooltip: {trigger: 'axis'},
                grid: {left: 16, right: 16, top: 32, bottom: 8, containLabel: true},
                xAxis: {type: 'category', data: rows.map(function (r) { return r[c[1]]; }),
                    axisLabel: {interval: 0, rotate: 30, width: 140, overflow: 'truncate'}},
                yAxis: {type: 'value', name: rows.length ? rows[0][c[3]] : ''},
                series: [{name: 'NOx', type: 'bar', data: rows.map(function (r) { return number(r[c[4]]); })}]
            });
            document.getElementById('category-caption').textContent = 'NOx of San Pedro Bay in the reporting year, '
                + 'tons by source category.';
            table(document.getElementById('category-table'), json, rows);
            csvLink('category-csv', executionId, 'categories');
        });
    }

    function showZeroEmission(executionId) {
        return tableOf(executionId, 'zero-emission').then(function (json) {
            var c = json.columns;
            var rows = json.rows;
            chart('ze-chart', {
                animation: false, tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + '%'; }},
                grid: {left: 16, right: 16, top: 56, bottom: 8, containLabel: true},
                // the ports by their codes on the axis; the table under the chart names them in full
                xAxis: {type: 'category', data: rows.map(function (r) { return short(r[c[0]]) + ' ' + r[c[1]]; }),
                    axisLabel: {interval: 0, rotate: 30, width: 160, overflow: 'truncate'}},
                yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%'}},
                legend: {top: 0},
                series: [{name: 'Zero-emission share', type: 'bar',
                    data: rows.map(function (r) { return number(r[c[4]]); })},
                    // each goal as the table states it ("100% by 2030"): its share as a mark over the bar, its
                    // year as the mark's label; none where the table says "none"
                    {name: 'Goal', type: 'scatter', symbol: 'rect', symbolSize: [28, 4], itemStyle: {color: '#9C4221'},
                        label: {show: true, position: 'top', formatter: function (p) { return goalYear(rows[p.dataIndex][c[5]]); }},
                        data: rows.map(function (r) { return goalShare(r[c[5]]); })}]
            });
            document.getElementById('ze-caption').textContent = 'Share of zero-emission units in each port\'s '
                + 'fleet by category (bars) against its goal (the marks, labelled with the goal year); what is needed '
                + 'per year and the projection are in the table.';
            table(document.getElementById('ze-table'), json, rows);
            csvLink('ze-csv', executionId, 'zero-emission');
        });
    }

    /** "100% by 2030" -> 100; "none" -> null. */
    function goalShare(goal) {
        var m = /^(\d+(?:\.\d+)?)% by \d{4}$/.exec(String(goal));
        return m ? Number(m[1]) : null;
    }

    /** "100% by 2030" -> "by 2030"; "none" -> "". */
    function goalYear(goal) {
        var m = /(by \d{4})$/.exec(String(goal));
        return m ? m[1] : '';
    }

    function short(entity) {
        return String(entity).replace('Port of Los Angeles', 'POLA').replace('Port of Long Beach', 'POLB')
            .replace('San Pedro Bay (both ports)', 'San Pedro Bay');
    }

    function showKeyFigures(executionId) {
        return tableOf(executionId, 'key-figures').then(function (json) {
            var c = json.columns;
            var container = document.getElementById('key-figures');
            container.replaceChildren();
            json.rows.forEach(function (r) {
                var card = el('p', null, 'key-figure');
                card.appendChild(el('strong', r[c[1]]));
                card.appendChild(el('span', r[c[0]]));
                if (r[c[2]]) { card.appendChild(el('span', ' (' + r[c[2]] + ')', 'muted')); }
                container.appendChild(card);
            });
        });
    }

    /**
     * Each entity's all-categories rows of the categories table: the reporting year's tons and their change vs 2005
     * and vs 2017, absolute and per 10,000 TEU, as the report prints them.
     */
    function showEntityFigures(executionId) {
        return tableOf(executionId, 'categories').then(function (json) {
            var c = json.columns;
            var rows = json.rows.filter(function (r) { return String(r[c[1]]).indexOf('All source categories') === 0; });
            // the category column would say "All source categories" on every row
            table(document.getElementById('entity-table'), json, rows, c.filter(function (name, i) { return i !== 1; }));
            csvLink('entity-csv', executionId, 'categories');
        });
    }

    function showCompliance(executionId) {
        return Promise.all([tableOf(executionId, 'milestones'), tableOf(executionId, 'defaults'),
            tableOf(executionId, 'penalty-totals')])
            .then(function (tables) {
                table(document.getElementById('milestones-table'), tables[0], tables[0].rows);
                table(document.getElementById('defaults-table'), tables[1], tables[1].rows);
                table(document.getElementById('penalties-table'), tables[2], tables[2].rows);
            });
    }

    function words(code) {
        return code ? String(code).toLowerCase().replace(/_/g, ' ') : '';
    }

    /**
     * Each port's latest version of the year (GET /submissions/{port}/{year}): its status after validation, where
     * the review stands, when it came and whether late; "missing" when the port filed nothing.
     */
    function showSubmissions(year) {
        return Promise.all(Object.keys(PORTS).map(function (port) {
            return get('/submissions/' + port + '/' + year).then(function (versions) {
                return {port: port, latest: versions[0]};
            });
        })).then(function (ports) {
            var t = el('table');
            var head = el('tr');
            ['Port', 'Version', 'Validation', 'Review', 'Received', 'On time'].forEach(function (c) {
                var th = el('th', c); th.scope = 'col'; head.appendChild(th);
            });
            t.appendChild(el('thead')).appendChild(head);
            var body = el('tbody');
            ports.forEach(function (p) {
                var tr = el('tr');
                tr.dataset.port = p.port;
                var v = p.latest;
                [PORTS[p.port], v ? String(v.version) : '', v ? words(v.status) : 'missing',
                    v ? words(v.reviewState) : '', v ? v.receivedAt : '',
                    !v ? '' : v.late === true ? 'late' : v.late === false ? 'on time' : 'no deadline set']
                    .forEach(function (text) { tr.appendChild(el('td', text)); });
                body.appendChild(tr);
            });
            t.appendChild(body);
            document.getElementById('submissions').replaceChildren(t);
        });
    }

    function showOpinions(executionId) {
        return get('/runs/' + executionId + '/opinions').then(function (opinions) {
            var container = document.getElementById('opinions');
            container.replaceChildren();
            opinions.forEach(function (o) {
                var p = el('p');
                p.appendChild(el('strong', (PORTS[o.port] || o.port) + ': '));
                p.appendChild(el('span', OPINIONS[o.opinion] || o.opinion, 'badge badge-' + o.opinion.toLowerCase()));
                container.appendChild(p);
            });
        });
    }

    /** The run in progress, if any: its step and counts, and how many of the annual run's steps are done. */
    function showProgress() {
        get('/runs').then(function (runs) {
            var active = runs.filter(function (r) { return ACTIVE.indexOf(r.status) >= 0; })[0];
            var box = document.getElementById('in-progress');
            box.hidden = !active;
            if (active) {
                var done = (active.steps || []).filter(function (s) { return s.status === 'COMPLETED'; }).length;
                var progress = active.progress || {};
                document.getElementById('in-progress-text').textContent = 'Run ' + active.executionId + ' ('
                    + active.reportingYear + ') in progress: ' + (progress.currentStep || 'starting') + ', '
                    + (progress.itemsRead || 0) + ' records read; ' + done + ' of ' + ANNUAL_STEPS + ' steps done.';
                document.getElementById('in-progress-bar').value = done;
                setTimeout(showProgress, 3000);
            }
        }).catch(function () { /* the charts stand without it */ });
    }

    function showYear(listings, year) {
        var run = listings.filter(function (l) { return l.reportingYear === year; })[0];
        document.getElementById('run-facts').textContent = 'Run ' + run.executionId + ', as of ' + run.asOfDate
            + ', data digest ' + run.dataSha256;
        var id = run.executionId;
        document.body.dataset.executionId = id;
        return Promise.all([showOpinions(id), showSubmissions(year), showKeyFigures(id),
            showEntityFigures(id), showTrends(id), showTons(id), showCategories(id),
            showZeroEmission(id), showCompliance(id)]).then(function () {
            document.body.dataset.loaded = String(id);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        showProgress();
        get('/reports').then(function (listings) {
            var years = listings.map(function (l) { return l.reportingYear; })
                .filter(function (y, i, all) { return all.indexOf(y) === i; });
            var select = document.getElementById('year');
            years.forEach(function (y) { var o = el('option', String(y)); o.value = y; select.appendChild(o); });
            if (years.length === 0) {
                document.getElementById('run-facts').textContent = 'No report yet: run a verification first.';
                return;
            }
            var wanted = Number(new URLSearchParams(location.search).get('year'));
            var year = years.indexOf(wanted) >= 0 ? wanted : years[0];
            select.value = year;
            select.addEventListener('change', function () { showYear(listings, Number(select.value)); });
            document.getElementById('tons-pollutant').addEventListener('change', drawTons);
            document.getElementById('tons-measure').addEventListener('change', drawTons);
            showYear(listings, year);
        }).catch(function (e) {
            document.getElementById('run-facts').textContent = 'The reports could not be loaded (' + e.message + ').';
        });
        window.addEventListener('resize', function () {
            Object.keys(charts).forEach(function (id) { charts[id].resize(); });
            drawTons();
        });
    });
})();
