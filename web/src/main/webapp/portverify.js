/*
 * PortVerify web page: plain JavaScript over the REST API (/api). The browser signs every request with the HTTP
 * Basic credentials it was challenged for when the page loaded. Sections appear only for the roles that may use them;
 * the API enforces the roles regardless. Text from the server is always set as text, never parsed as HTML.
 */
(function () {
    'use strict';

    // URLs are built from location.origin: a page opened as http://user:password@host/... keeps the credentials in
    // its own URL, and fetch() refuses URLs that carry credentials.
    var ROOT = location.origin + location.pathname.replace(/\/[^/]*$/, '');
    var API = ROOT + '/api';
    var ACTIVE = ['STARTING', 'STARTED', 'STOPPING'];
    var RESTARTABLE = ['FAILED', 'STOPPED'];
    var ANNUAL_STEPS = ['register-submissions', 'ingest-records', 'close-ingest', 'compute-metrics',
        'evaluate-compliance', 'form-opinions', 'render-board-report'];
    var ROLE_NAMES = {
        'board-staff': 'Board staff', 'auditor': 'Auditor', 'admin': 'Administrator',
        'pola-submitter': 'Port of Los Angeles submitter', 'polb-submitter': 'Port of Long Beach submitter',
        'pola-certifier': 'Port of Los Angeles certifying official',
        'polb-certifier': 'Port of Long Beach certifying official', 'reviewer': 'Reviewer'
    };
    var PORT_NAMES = {POLA: 'Port of Los Angeles (POLA)', POLB: 'Port of Long Beach (POLB)'};

    var me = {user: '', roles: [], port: null};
    var reportsByExecution = {};
    var runsTimer = null;
    var openRunId = null;

    function has(role) { return me.roles.indexOf(role) >= 0; }
    function any(roles) { return roles.some(has); }

    /* ---------- DOM helpers ---------- */

    function el(tag, attrs) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (key) {
            var value = attrs[key];
            if (value === null || value === undefined || value === false) { return; }
            if (key === 'text') { node.textContent = value; }
            else if (key === 'className') { node.className = value; }
            else if (key === 'onclick') { node.addEventListener('click', value); }
            else { node.setAttribute(key, value === true ? '' : value); }
        });
        for (var i = 2; i < arguments.length; i++) {
            var child = arguments[i];
            if (child === null || child === undefined) { continue; }
            node.appendChild(typeof child === 'string' || typeof child === 'number'
                ? document.createTextNode(String(child)) : child);
        }
        return node;
    }

    function replace(container, child) {
        container.textContent = '';
        if (child) { container.appendChild(child); }
    }

    function notice(kind, title, detail) {
        return el('div', {className: 'notice ' + (kind || '')},
            el('p', {}, el('strong', {text: title})), detail ? el('p', {text: detail}) : null);
    }

    function badge(status) {
        var kind = {
            COMPLETED: 'ok', ACCEPTED: 'ok', MATCH: 'ok', NEW_VERSION: 'info', RESUMED: 'info',
            ACCEPTED_WITH_WARNINGS: 'warn', UNCHANGED: 'info', STARTED: 'info', STARTING: 'info',
            STOPPING: 'warn', STOPPED: 'warn', RUNNING: 'info', RECEIVED: 'info', SUPERSEDED: 'info',
            ABANDONED: 'warn', FAILED: 'bad', REJECTED: 'bad', REFUSED: 'bad', MISMATCH: 'bad',
            DRAFT: 'info', CERTIFIED: 'info', IN_REVIEW: 'info', RETURNED: 'warn', FILED: 'ok'
        }[status] || 'info';
        return el('span', {className: 'badge ' + kind, text: humanStatus(status)});
    }

    function humanStatus(status) {
        return String(status || 'unknown').replace(/_/g, ' ').toLowerCase()
            .replace(/^./, function (c) { return c.toUpperCase(); });
    }

    function when(iso) {
        if (!iso) { return '—'; }
        var date = new Date(iso);
        if (isNaN(date.getTime())) { return String(iso); }
        return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    }

    function size(bytes) {
        if (bytes === null || bytes === undefined) { return '—'; }
        if (bytes < 1024) { return bytes + ' B'; }
        if (bytes < 1024 * 1024) { return (bytes / 1024).toFixed(1) + ' KB'; }
        return (bytes / 1024 / 1024).toFixed(2) + ' MB';
    }

    function count(n) { return n === null || n === undefined ? '—' : Number(n).toLocaleString('en-US'); }

    /* ---------- REST ---------- */

    /** Calls the API; resolves to {status, body, error} where error is a friendly text for refusals. */
    function call(method, path, body) {
        // X-PortVerify-Request: the CSRF guard refuses state-changing calls without it (docs/security.md)
        var options = {method: method, credentials: 'same-origin',
            headers: {Accept: 'application/json', 'X-PortVerify-Request': 'page'}};
        if (body !== undefined) { options.body = body; }
        return fetch(API + path, options).then(function (response) {
            var type = response.headers.get('Content-Type') || '';
            var read = type.indexOf('json') >= 0 ? response.json().catch(function () { return null; })
                : response.text().then(function () { return null; });
            return read.then(function (json) {
                var result = {status: response.status, body: json, error: null};
                if (!response.ok) { result.error = explain(response.status, json); }
                return result;
            });
        }, function () {
            return {status: 0, body: null, error: 'The server could not be reached. Check your connection and reload.'};
        });
    }

    /** A JSON request body (the Blob's type is the request's Content-Type). */
    function json(value) {
        return new Blob([JSON.stringify(value)], {type: 'application/json'});
    }

    function explain(status, answer) {
        if (answer && answer.code) { return answer.code + ': ' + answer.message; }
        if (status === 404) { return 'This feature is not available on this server yet.'; }
        if (status === 401) { return 'You are not signed in. Reload the page to sign in.'; }
        if (status === 403) { return 'Your role does not allow this.'; }
        return 'The server answered ' + status + '.';
    }

    /* ---------- who is signed in ---------- */

    function showIdentity() {
        var box = document.getElementById('identity');
        replace(box, el('div', {},
            el('span', {className: 'muted', text: 'Signed in as '}), el('strong', {id: 'signed-in-user', text: me.user}),
            el('div', {id: 'signed-in-roles'}, me.roles.map(function (role) {
                return el('span', {className: 'role-chip', 'data-role': role, text: ROLE_NAMES[role] || role});
            }).reduce(function (list, chip) { list.appendChild(chip); return list; },
                document.createDocumentFragment()))));
    }

    function reveal(id, title) {
        document.getElementById(id).hidden = false;
        document.getElementById('section-nav').appendChild(el('a', {href: '#' + id, text: title}));
    }

    function pageMessage(kind, title, detail) {
        var box = document.getElementById('page-message');
        box.className = 'notice ' + kind;
        box.textContent = '';
        box.appendChild(el('p', {}, el('strong', {text: title})));
        if (detail) { box.appendChild(el('p', {text: detail})); }
        box.hidden = false;
    }

    /* ---------- reports ---------- */

    function loadReports() {
        var body = document.getElementById('reports-body');
        return call('GET', '/reports').then(function (result) {
            if (result.error) { replace(body, notice('bad', 'Reports could not be listed.', result.error)); return; }
            var reports = result.body || [];
            reportsByExecution = {};
            reports.forEach(function (r) { reportsByExecution[r.executionId] = r; });
            if (!reports.length) {
                replace(body, el('p', {className: 'muted', text: 'No Governing Board report has been produced yet.'}));
                return;
            }
            var years = [];
            var byYear = {};
            reports.forEach(function (r) {
                if (!byYear[r.reportingYear]) { byYear[r.reportingYear] = []; years.push(r.reportingYear); }
                byYear[r.reportingYear].push(r);
            });
            var wrap = el('div', {});
            years.forEach(function (year) {
                var table = el('table', {id: 'reports-' + year, 'data-year': year},
                    el('caption', {text: 'Reporting year ' + year}),
                    el('thead', {}, el('tr', {},
                        el('th', {scope: 'col', text: 'Run'}), el('th', {scope: 'col', text: 'As of'}),
                        el('th', {scope: 'col', text: 'PDF SHA-256'}), el('th', {scope: 'col', text: 'Data SHA-256'}),
                        el('th', {scope: 'col', className: 'num', text: 'Size'}),
                        el('th', {scope: 'col', text: 'Download'}))));
                var rows = el('tbody', {});
                byYear[year].forEach(function (r, index) {
                    var fileName = 'portverify-board-report-' + r.reportingYear + '-run-' + r.executionId + '.pdf';
                    rows.appendChild(el('tr', {className: 'report-row', 'data-execution-id': r.executionId,
                            'data-year': r.reportingYear},
                        el('td', {}, String(r.executionId), index === 0 ? ' ' : null,
                            index === 0 ? el('span', {className: 'badge ok', text: 'Latest'}) : null),
                        el('td', {className: 'date', text: r.asOfDate}),
                        el('td', {className: 'digest pdf-sha256', text: r.pdfSha256}),
                        el('td', {className: 'digest data-sha256', text: r.dataSha256}),
                        el('td', {className: 'num', text: size(r.sizeBytes)}),
                        el('td', {}, el('a', {className: 'button-link download-pdf', download: fileName,
                            href: API + '/reports/runs/' + r.executionId + '/board.pdf',
                            'aria-label': 'Download the ' + r.reportingYear + ' Board report of run '
                                + r.executionId + ' (PDF, ' + size(r.sizeBytes) + ')'}, 'PDF'),
                            ' ',
                            el('a', {className: 'button-link download-tables',
                                href: API + '/reports/runs/' + r.executionId + '/tables.xlsx',
                                'aria-label': 'Download the tables of the ' + r.reportingYear + ' Board report of run '
                                    + r.executionId + ' as an XLSX workbook'}, 'Tables (XLSX)'))));
                });
                table.appendChild(rows);
                wrap.appendChild(el('div', {className: 'table-wrap'}, table));
            });
            replace(body, wrap);
        });
    }

    /* ---------- runs ---------- */

    function loadRuns() {
        var body = document.getElementById('runs-body');
        return call('GET', '/runs').then(function (result) {
            if (result.error) { replace(body, notice('bad', 'Runs could not be listed.', result.error)); return; }
            var runs = result.body || [];
            if (!runs.length) {
                replace(body, el('p', {className: 'muted', text: 'No verification run yet.'}));
                schedulePolling(false);
                return;
            }
            var active = runs.filter(function (r) { return ACTIVE.indexOf(r.status) >= 0; });
            // The listing carries no step metrics everywhere yet: active runs are asked for theirs.
            return Promise.all(active.map(function (r) {
                return r.steps && r.steps.length ? Promise.resolve(r)
                    : call('GET', '/runs/' + r.executionId).then(function (d) { return d.error ? r : d.body; });
            })).then(function (details) {
                var detailById = {};
                details.forEach(function (d) { detailById[d.executionId] = d; });
                renderRuns(body, runs, detailById);
                schedulePolling(active.length > 0);
                if (openRunId !== null && active.some(function (r) { return r.executionId === openRunId; })) {
                    showRun(openRunId, false);
                }
            });
        });
    }

    /** "Ingest POLA 2070 v1 (RECEIVED)" for an execution of ingest-submission; null for a verification run. */
    function ingestLabel(run) {
        if (run.jobName !== 'ingest-submission') { return null; }
        var v = run.submission;
        return v ? 'Ingest ' + v.port + ' ' + v.reportingYear + ' v' + v.version + ' (' + v.status + ')' : 'Ingest';
    }

    function yearOf(run) {
        var year = run.submission ? run.submission.reportingYear : run.reportingYear;
        return year === null || year === undefined ? '—' : String(year);
    }

    function renderRuns(body, runs, detailById) {
        var table = el('table', {id: 'runs-table'},
            el('caption', {text: 'Every execution of the annual verification and of the ports\' ingests, newest first'}),
            el('thead', {}, el('tr', {},
                el('th', {scope: 'col', text: 'Run'}), el('th', {scope: 'col', text: 'Year'}),
                el('th', {scope: 'col', text: 'As of'}), el('th', {scope: 'col', text: 'Status'}),
                el('th', {scope: 'col', text: 'Started'}), el('th', {scope: 'col', text: 'Ended'}),
                el('th', {scope: 'col', text: 'Progress'}), el('th', {scope: 'col', text: 'Actions'}))));
        var rows = el('tbody', {});
        runs.forEach(function (run) {
            var id = run.executionId;
            var actions = el('div', {className: 'actions'},
                el('button', {type: 'button', className: 'show-run', 'data-execution-id': id,
                    'aria-label': 'Details of run ' + id, onclick: function () { showRun(id, true); }}, 'Details'));
            // A re-run is itself the check of its original; the server refuses to re-verify it (PV-4105).
            if (has('auditor') && run.status === 'COMPLETED' && !run.reverifiesExecutionId) {
                actions.appendChild(el('button', {type: 'button', className: 'reverify', 'data-execution-id': id,
                    'aria-label': 'Re-verify run ' + id, onclick: function () { reverify(id); }}, 'Re-verify'));
            }
            if (has('admin') && RESTARTABLE.indexOf(run.status) >= 0) {
                actions.appendChild(el('button', {type: 'button', className: 'restart', 'data-execution-id': id,
                    'aria-label': 'Restart run ' + id + ' from its checkpoint', onclick: function () { restart(id); }},
                    'Restart'));
            }
            var ingest = ingestLabel(run);
            rows.appendChild(el('tr', {className: ingest ? 'run-row ingest-row' : 'run-row', 'data-execution-id': id,
                'data-status': run.status},
                el('td', {text: String(id)}),
                el('td', {text: yearOf(run)}),
                el('td', {className: 'date', text: ingest ? '—'
                    : run.asOfDate || (run.reportingYear ? run.reportingYear + '-12-31' : '—')}),
                el('td', {}, badge(run.status)),
                el('td', {text: when(run.startTime || run.start)}),
                el('td', {text: when(run.endTime || run.end)}),
                el('td', {}, progressOf(run, detailById[id])),
                el('td', {}, actions)));
        });
        table.appendChild(rows);
        replace(body, el('div', {className: 'table-wrap'}, table));
    }

    /** Steps done out of six and the records handled so far, from the step metrics. */
    function progressOf(run, detail) {
        var active = ACTIVE.indexOf(run.status) >= 0;
        var steps = (detail && detail.steps) || run.steps || [];
        if (!active && run.reverifiesExecutionId) {
            return el('span', {className: 'muted', text: 'Re-run of run ' + run.reverifiesExecutionId});
        }
        var ingest = ingestLabel(run);
        if (!active && ingest) {
            return el('div', {}, el('div', {text: ingest}),
                el('div', {className: 'muted', text: run.exitStatus || '—'}));
        }
        if (!active) {
            var report = reportsByExecution[run.executionId];
            return report ? el('a', {href: API + '/reports/runs/' + run.executionId + '/board.pdf',
                download: 'portverify-board-report-' + report.reportingYear + '-run-' + run.executionId + '.pdf'},
                'Board report') : el('span', {className: 'muted', text: run.exitStatus || '—'});
        }
        var done = steps.filter(function (s) { return s.status === 'COMPLETED'; }).length;
        var current = steps.length ? steps[steps.length - 1] : null;
        var records = steps.reduce(function (sum, s) {
            return sum + ((s.metrics && s.metrics.READ_COUNT) || 0);
        }, 0);
        // ingest-submission has two steps: ingest-records and close-ingest
        var total = ingest ? 2 : ANNUAL_STEPS.length;
        return el('div', {className: 'progress'}, ingest ? el('div', {text: ingest}) : null,
            el('progress', {max: total, value: done, 'aria-label': 'Steps completed of run ' + run.executionId}),
            el('div', {className: 'muted', text: 'Step ' + Math.min(done + 1, total) + ' of ' + total
                + (current ? ' (' + current.name + ')' : '') + ' · ' + count(records) + ' records read'}),
            run.progress ? el('div', {className: 'muted', text: describe(run.progress)}) : null);
    }

    /** The server's own progress figures, whatever their shape, as "name: value" text. */
    function describe(value) {
        if (value === null || typeof value !== 'object') { return String(value); }
        return Object.keys(value).map(function (key) {
            var v = value[key];
            return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() + ': '
                + (v !== null && typeof v === 'object' ? JSON.stringify(v) : (typeof v === 'number' ? count(v) : v));
        }).join(' · ');
    }

    function schedulePolling(on) {
        var status = document.getElementById('runs-polling');
        if (runsTimer) { clearTimeout(runsTimer); runsTimer = null; }
        if (on) {
            status.textContent = 'A run is in progress: this list refreshes every 3 seconds.';
            runsTimer = setTimeout(function () { loadRuns().then(loadReportsIfVisible); }, 3000);
        } else {
            status.textContent = '';
        }
    }

    function loadReportsIfVisible() {
        return document.getElementById('reports').hidden ? null : loadReports();
    }

    function showRun(id, focus) {
        openRunId = id;
        var panel = document.getElementById('run-detail');
        panel.hidden = false;
        call('GET', '/runs/' + id).then(function (result) {
            var content = el('div', {'data-execution-id': id});
            content.appendChild(el('h3', {text: 'Run ' + id}));
            if (result.error) {
                content.appendChild(notice('bad', 'The run could not be read.', result.error));
                replace(panel, content);
                return;
            }
            var run = result.body;
            content.appendChild(el('dl', {className: 'facts'},
                el('dt', {text: 'Job'}), el('dd', {text: run.jobName}),
                el('dt', {text: 'Status'}), el('dd', {}, badge(run.status)),
                el('dt', {text: 'Exit status'}), el('dd', {text: run.exitStatus || '—'}),
                el('dt', {text: 'Reporting year'}), el('dd', {text: yearOf(run)}),
                run.submission ? el('dt', {text: 'Version'}) : null,
                run.submission ? el('dd', {text: ingestLabel(run)}) : null,
                run.submission ? null : el('dt', {text: 'As of'}),
                run.submission ? null : el('dd', {text: run.asOfDate || run.reportingYear + '-12-31'}),
                el('dt', {text: 'Started'}), el('dd', {text: when(run.startTime || run.start)}),
                el('dt', {text: 'Ended'}), el('dd', {text: when(run.endTime || run.end)})));
            var steps = el('table', {className: 'steps'},
                el('caption', {text: 'Steps and their metrics'}),
                el('thead', {}, el('tr', {},
                    el('th', {scope: 'col', text: 'Step'}), el('th', {scope: 'col', text: 'Status'}),
                    el('th', {scope: 'col', text: 'Exit status'}),
                    el('th', {scope: 'col', className: 'num', text: 'Read'}),
                    el('th', {scope: 'col', className: 'num', text: 'Written'}),
                    el('th', {scope: 'col', className: 'num', text: 'Refused'}),
                    el('th', {scope: 'col', className: 'num', text: 'Commits'}))));
            var rows = el('tbody', {});
            (run.steps || []).forEach(function (s) {
                var m = s.metrics || {};
                rows.appendChild(el('tr', {},
                    el('th', {scope: 'row', text: s.name}), el('td', {}, badge(s.status)),
                    el('td', {className: 'digest', text: s.exitStatus || '—'}),
                    el('td', {className: 'num', text: count(m.READ_COUNT)}),
                    el('td', {className: 'num', text: count(m.WRITE_COUNT)}),
                    el('td', {className: 'num', text: count(m.FILTER_COUNT)}),
                    el('td', {className: 'num', text: count(m.COMMIT_COUNT)})));
            });
            steps.appendChild(rows);
            content.appendChild(el('div', {className: 'table-wrap'}, steps));
            var actions = el('div', {className: 'actions'});
            if (has('auditor') && run.status === 'COMPLETED' && !run.reverifiesExecutionId) {
                actions.appendChild(el('button', {type: 'button', className: 'primary',
                    onclick: function () { reverify(id); }}, 'Re-verify this run'));
            }
            if (has('admin') && RESTARTABLE.indexOf(run.status) >= 0) {
                actions.appendChild(el('button', {type: 'button', className: 'primary',
                    onclick: function () { restart(id); }}, 'Restart from checkpoint'));
            }
            content.appendChild(actions);
            var outcome = el('div', {id: 'run-action-result', role: 'status', 'aria-live': 'polite'});
            content.appendChild(outcome);
            if (any(['auditor', 'admin'])) {
                var reverifications = el('div', {id: 'reverifications'});
                content.appendChild(el('h4', {text: 'Re-verifications'}));
                content.appendChild(reverifications);
                loadReverifications(id, reverifications);
            }
            replace(panel, content);
            if (focus) { panel.focus(); }
        });
    }

    function loadReverifications(id, container) {
        call('GET', '/runs/' + id + '/reverifications').then(function (result) {
            if (result.error) {
                replace(container, notice(result.status === 404 && !(result.body && result.body.code) ? '' : 'bad',
                    'Re-verifications could not be read.', result.error));
                return;
            }
            var list = result.body || [];
            if (!list.length) {
                replace(container, el('p', {className: 'muted', text: 'This run has not been re-verified yet.'}));
                return;
            }
            var wrap = el('div', {});
            var running = false;
            list.forEach(function (v) {
                running = running || v.status === 'RUNNING';
                var block = el('div', {className: 'panel reverification', 'data-status': v.status},
                    el('p', {}, badge(v.status), ' ', 'Re-run ' + (v.rerunExecutionId || '—') + ' of run '
                        + v.originalExecutionId + ', requested by ' + (v.requestedBy || '—') + ' on '
                        + when(v.requestedAt) + (v.completedAt ? ', completed ' + when(v.completedAt) : '')));
                if (v.status === 'MATCH') {
                    block.appendChild(el('p', {text: 'The re-run reproduced every figure and the report digest.'}));
                }
                var differences = v.differences || [];
                if (differences.length) {
                    var table = el('table', {},
                        el('caption', {text: differences.length + ' difference(s)'}),
                        el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'What'}),
                            el('th', {scope: 'col', text: 'Original'}), el('th', {scope: 'col', text: 'Re-run'}))));
                    var rows = el('tbody', {});
                    differences.forEach(function (d) {
                        rows.appendChild(el('tr', {}, el('td', {text: d.what}),
                            el('td', {className: 'digest', text: String(d.original)}),
                            el('td', {className: 'digest', text: String(d.rerun)})));
                    });
                    table.appendChild(rows);
                    block.appendChild(el('div', {className: 'table-wrap'}, table));
                }
                wrap.appendChild(block);
            });
            replace(container, wrap);
            if (running) {
                setTimeout(function () {
                    if (openRunId === id && document.body.contains(container)) { loadReverifications(id, container); }
                }, 3000);
            }
        });
    }

    function actionResult(kind, title, detail) {
        var box = document.getElementById('run-action-result');
        if (box) { replace(box, notice(kind, title, detail)); } else { pageMessage(kind, title, detail); }
    }

    function reverify(id) {
        if (openRunId !== id) { showRun(id, false); }
        call('POST', '/runs/' + id + '/reverifications').then(function (result) {
            if (result.error) { actionResult('bad', 'The re-verification was not started.', result.error); return; }
            actionResult('ok', 'Re-verification started.', 'Execution ' + result.body.executionId
                + ' re-runs run ' + id + ' with its pinned inputs; the result appears below when it ends.');
            setTimeout(function () { showRun(id, false); loadRuns(); }, 1000);
        });
    }

    function restart(id) {
        call('POST', '/runs/' + id + '/restart').then(function (result) {
            if (result.error) { actionResult('bad', 'The run was not restarted.', result.error); return; }
            actionResult('ok', 'Run restarted from its checkpoint.', 'New execution ' + result.body.executionId + '.');
            loadRuns();
        });
    }

    /** The administrator reads and sets a reporting year's error tolerance (the port never chooses it). */
    function wireToleranceForm() {
        var form = document.getElementById('tolerance-form');
        var year = document.getElementById('tolerance-year');
        var limit = document.getElementById('tolerance-limit');
        var out = document.getElementById('tolerance-result');
        function show(result) {
            if (result.error) { out.textContent = result.error; return; }
            limit.value = result.body.skipLimit;
            out.textContent = result.body.reportingYear + ': ' + count(result.body.skipLimit) + ' refused records tolerated'
                + (result.body.source === 'DEFAULT' ? ' (the default)' : ' (set by ' + result.body.setBy + ')');
        }
        form.hidden = false;
        document.getElementById('tolerance-show').addEventListener('click', function () {
            call('GET', '/tolerances/' + encodeURIComponent(year.value)).then(show);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = json({skipLimit: limit.value === '' ? null : Number(limit.value)});
            call('PUT', '/tolerances/' + encodeURIComponent(year.value), body).then(show);
        });
    }

    function wireDeadlineForm() {
        var form = document.getElementById('deadline-form');
        var year = document.getElementById('deadline-year');
        var date = document.getElementById('deadline-date');
        var out = document.getElementById('deadline-result');
        function show(result) {
            if (result.error) { out.textContent = result.error; return; }
            date.value = result.body.dueDate || '';
            out.textContent = result.body.reportingYear + ': ' + (result.body.dueDate
                ? 'due ' + result.body.dueDate + ' (' + result.body.timeZone + '), set by ' + result.body.setBy
                : 'no deadline set');
        }
        form.hidden = false;
        document.getElementById('deadline-show').addEventListener('click', function () {
            call('GET', '/deadlines/' + encodeURIComponent(year.value)).then(show);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = json({dueDate: date.value});
            call('PUT', '/deadlines/' + encodeURIComponent(year.value), body).then(show);
        });
    }

    function wireStatementForm() {
        var form = document.getElementById('statement-form');
        var text = document.getElementById('statement-text');
        function show(result, published) {
            var out = document.getElementById('statement-result');
            if (result.error) { out.textContent = result.error; return; }
            text.value = result.body.text;
            document.getElementById('statement-version').textContent = 'In force: version ' + result.body.version
                + ', published by ' + result.body.publishedBy + ' on ' + when(result.body.publishedAt) + '.';
            out.textContent = published ? 'Version ' + result.body.version + ' is in force.' : '';
        }
        form.hidden = false;
        call('GET', '/certification-statement').then(function (result) { show(result, false); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            call('PUT', '/certification-statement', json({text: text.value})).then(function (result) {
                show(result, true);
            });
        });
    }

    function wireStartForm() {
        var form = document.getElementById('start-run');
        form.hidden = false;
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var year = document.getElementById('start-year').value;
            var asOf = document.getElementById('start-asof').value;
            var out = document.getElementById('start-run-result');
            var query = '?reportingYear=' + encodeURIComponent(year) + (asOf ? '&asOfDate=' + encodeURIComponent(asOf) : '')
                + '&reportStatus=' + encodeURIComponent(document.getElementById('start-status').value)
                + '&reportConformance=' + encodeURIComponent(document.getElementById('start-conformance').value)
                + '&paperSize=' + encodeURIComponent(document.getElementById('start-paper').value);
            call('POST', '/runs' + query).then(function (result) {
                if (result.error) { replace(out, notice('bad', 'The run was not started.', result.error)); return; }
                replace(out, notice('ok', 'Run ' + result.body.executionId + ' started for ' + year + '.'));
                loadRuns();
            });
        });
    }

    /* ---------- schedule ---------- */

    function loadSchedule() {
        var body = document.getElementById('schedule-body');
        call('GET', '/schedule').then(function (result) {
            if (result.error) { replace(body, notice('', 'The schedule could not be shown.', result.error)); return; }
            var schedule = result.body || {};
            var facts = el('dl', {className: 'facts'},
                el('dt', {text: 'Calendar'}), el('dd', {className: 'digest', text: schedule.calendar || '—'}),
                el('dt', {text: 'Time zone'}), el('dd', {text: schedule.timeZone || '—'}),
                el('dt', {text: 'Enabled'}), el('dd', {text: schedule.enabled ? 'yes' : 'no (off)'}),
                el('dt', {text: 'Next run'}), el('dd', {text: schedule.nextTimeout ? when(schedule.nextTimeout) : '—'}));
            var guards = schedule.guards || [];
            var content = el('div', {}, facts);
            if (!guards.length) {
                content.appendChild(el('p', {className: 'muted', text: 'The schedule has started no run yet.'}));
            } else {
                var rows = el('tbody', {});
                guards.forEach(function (g) {
                    rows.appendChild(el('tr', {className: 'guard-row', 'data-year': g.reportingYear},
                        el('td', {text: String(g.reportingYear)}), el('td', {text: g.rulesVersion || '—'}),
                        el('td', {text: g.executionId === null || g.executionId === undefined ? '—'
                            : String(g.executionId)}),
                        el('td', {text: when(g.startedAt)}), el('td', {text: g.startedBy || '—'}),
                        el('td', {text: (g.missingSubmissions || []).join('; ') || 'none'})));
                });
                content.appendChild(el('div', {className: 'table-wrap'}, el('table', {},
                    el('caption', {text: 'Runs the schedule started (one per reporting year and rules version)'}),
                    el('thead', {}, el('tr', {},
                        el('th', {scope: 'col', text: 'Year'}), el('th', {scope: 'col', text: 'Rules'}),
                        el('th', {scope: 'col', text: 'Run'}), el('th', {scope: 'col', text: 'Started'}),
                        el('th', {scope: 'col', text: 'By'}), el('th', {scope: 'col', text: 'Missing submissions'}))),
                    rows)));
            }
            replace(body, content);
        });
    }

    /* ---------- submissions ---------- */

    function submissionsPath(year) { return '/submissions/' + me.port + '/' + encodeURIComponent(year); }

    function reportLink(v) {
        return el('a', {className: 'validation-report',
            href: API + submissionsPath(v.reportingYear) + '/' + v.version + '/validation-report.csv',
            download: 'validation-report-' + v.port + '-' + v.reportingYear + '-v' + v.version + '.csv'},
            'Validation report (CSV)');
    }

    function loadVersions(year) {
        var body = document.getElementById('versions-body');
        if (!year) { return Promise.resolve([]); }
        call('GET', '/deadlines/' + encodeURIComponent(year)).then(function (result) {
            var due = result.body && result.body.dueDate;
            document.getElementById('upload-deadline').textContent = result.error ? '' : due
                ? 'Packages for ' + year + ' are due by the end of ' + due + ' (' + result.body.timeZone + ' time).'
                : 'No submission deadline is set for ' + year + '.';
        });
        return call('GET', submissionsPath(year)).then(function (result) {
            if (result.error) { replace(body, notice('bad', 'Versions could not be listed.', result.error)); return []; }
            var versions = result.body || [];
            if (!versions.length) {
                replace(body, el('p', {className: 'muted', text: 'Nothing filed for ' + year + ' yet.'}));
                return versions;
            }
            var table = el('table', {id: 'versions-table'},
                el('caption', {text: me.port + ' packages for reporting year ' + year + ', newest first'}),
                el('thead', {}, el('tr', {},
                    el('th', {scope: 'col', text: 'Version'}), el('th', {scope: 'col', text: 'Status'}),
                    el('th', {scope: 'col', text: 'Review'}), el('th', {scope: 'col', text: 'Carrier'}), el('th', {scope: 'col', text: 'Received'}),
                    el('th', {scope: 'col', text: 'By'}), el('th', {scope: 'col', className: 'num', text: 'Errors'}),
                    el('th', {scope: 'col', className: 'num', text: 'Warnings'}),
                    el('th', {scope: 'col', text: 'Report'}))));
            var rows = el('tbody', {});
            versions.forEach(function (v) {
                rows.appendChild(el('tr', {'data-version': v.version, 'data-status': v.status},
                    el('td', {text: String(v.version)}), el('td', {}, badge(v.status),
                        v.late ? el('span', {className: 'badge warn', text: 'Late'}) : null),
                    el('td', {className: 'review-state'}, v.reviewState ? badge(v.reviewState) : '—'),
                    el('td', {text: v.format || '—'}), el('td', {text: when(v.receivedAt)}),
                    el('td', {text: v.uploadedBy || '—'}), el('td', {className: 'num', text: count(v.errors)}),
                    el('td', {className: 'num', text: count(v.warnings)}), el('td', {}, reportLink(v))));
            });
            table.appendChild(rows);
            replace(body, el('div', {className: 'table-wrap'}, table));
            return versions;
        });
    }

    function showOutcome(kind, title, detail, extra) {
        var box = document.getElementById('upload-result');
        box.hidden = false;
        box.textContent = '';
        box.appendChild(notice(kind, title, detail));
        if (extra) { box.appendChild(extra); }
    }

    function versionSummary(v) {
        var wrap = el('div', {id: 'upload-version', 'data-status': v.status, 'data-version': v.version});
        wrap.appendChild(el('dl', {className: 'facts'},
            el('dt', {text: 'Version'}), el('dd', {text: String(v.version)}),
            el('dt', {text: 'Status'}), el('dd', {id: 'upload-status'}, badge(v.status)),
            el('dt', {text: 'Errors'}), el('dd', {id: 'upload-errors', text: count(v.errors)}),
            el('dt', {text: 'Warnings'}), el('dd', {id: 'upload-warnings', text: count(v.warnings)}),
            el('dt', {text: 'Package SHA-256'}), el('dd', {className: 'digest', text: v.packageSha256 || '—'}),
            el('dt', {text: 'Validation report'}), el('dd', {}, reportLink(v))));
        return wrap;
    }

    function showFindings(v, container) {
        call('GET', submissionsPath(v.reportingYear) + '/' + v.version).then(function (result) {
            if (result.error || !result.body || !(result.body.findings || []).length) { return; }
            container.appendChild(findingsTable(result.body.findings, 'upload-findings',
                'all are in the validation report'));
        });
    }

    /** The first 25 findings of a validation report as a table; {@code where} says where the rest are. */
    function findingsTable(findings, id, where) {
        var shown = findings.slice(0, 25);
        var table = el('table', {id: id},
            el('caption', {text: findings.length > shown.length ? 'The first ' + shown.length + ' of '
                + findings.length + ' findings (' + where + ')' : 'Findings'}),
            el('thead', {}, el('tr', {},
                el('th', {scope: 'col', text: 'Severity'}), el('th', {scope: 'col', text: 'Code'}),
                el('th', {scope: 'col', text: 'File'}), el('th', {scope: 'col', className: 'num', text: 'Line'}),
                el('th', {scope: 'col', text: 'Field'}), el('th', {scope: 'col', text: 'Message'}))));
        var rows = el('tbody', {});
        shown.forEach(function (f) {
            rows.appendChild(el('tr', {},
                el('td', {}, el('span', {className: 'badge ' + (f.severity === 'ERROR' ? 'bad' : 'warn'),
                    text: humanStatus(f.severity)})),
                el('td', {text: f.code}), el('td', {text: f.file || '—'}),
                el('td', {className: 'num', text: f.line ? String(f.line) : '—'}),
                el('td', {text: f.field || '—'}), el('td', {text: f.message})));
        });
        table.appendChild(rows);
        return el('div', {className: 'table-wrap'}, table);
    }

    /** A dry run: the report and the status an upload would get, nothing stored. */
    function checkPackage(year, file) {
        var button = document.getElementById('check-button');
        button.disabled = true;
        showOutcome('', 'Checking ' + file.name + '…');
        var data = new FormData();
        data.append('package', file, file.name);
        call('POST', submissionsPath(year) + '/checks', data).then(function (result) {
            button.disabled = false;
            if (result.error) { showOutcome('bad', 'The check was refused.', result.error); return; }
            var c = result.body;
            var accepted = c.wouldBe === 'ACCEPTED' || c.wouldBe === 'ACCEPTED_WITH_WARNINGS';
            var summary = el('div', {id: 'check-result', 'data-would-be': c.wouldBe});
            summary.appendChild(el('dl', {className: 'facts'},
                el('dt', {text: 'Would be'}), el('dd', {id: 'check-would-be'}, badge(c.wouldBe)),
                el('dt', {text: 'Records read'}), el('dd', {text: count(c.recordsRead)}),
                el('dt', {text: 'Errors'}), el('dd', {id: 'check-errors', text: count(c.errors)}),
                el('dt', {text: 'Warnings'}), el('dd', {text: count(c.warnings)}),
                el('dt', {text: 'Tolerance'}), el('dd', {text: count(c.skipLimit) + ' errors'}),
                el('dt', {text: 'Package SHA-256'}), el('dd', {className: 'digest', text: c.packageSha256})));
            if ((c.findings || []).length) {
                summary.appendChild(findingsTable(c.findings, 'check-findings', c.errors + c.warnings
                    + ' in all; the upload\'s validation report lists them'));
            }
            showOutcome(accepted ? 'ok' : 'bad',
                'Check only: this package would be ' + humanStatus(c.wouldBe).toLowerCase() + '.',
                'Nothing was stored. Upload it to submit it.', summary);
        });
    }

    /** Follows a freshly registered version until its ingest decided it, then shows the outcome. */
    function followVersion(year, submissionId, attempt) {
        loadVersions(year).then(function (versions) {
            var v = versions.filter(function (x) { return x.submissionId === submissionId; })[0];
            if (!v || v.status === 'RECEIVED') {
                if (attempt > 400) {
                    showOutcome('warn', 'Still validating.', 'The package is large; reload the page later to see its outcome.');
                    return;
                }
                setTimeout(function () { followVersion(year, submissionId, attempt + 1); }, 1500);
                return;
            }
            var accepted = v.status === 'ACCEPTED' || v.status === 'ACCEPTED_WITH_WARNINGS';
            var summary = versionSummary(v);
            showOutcome(accepted ? 'ok' : 'bad',
                accepted ? 'Package accepted' + (v.status === 'ACCEPTED_WITH_WARNINGS' ? ' with warnings.' : '.')
                    : 'Package rejected.',
                accepted ? 'Version ' + v.version + ' now counts for ' + year + '.'
                    : 'It had more errors than tolerated; nothing of it counts. See the validation report.',
                summary);
            showFindings(v, summary);
            document.getElementById('upload-button').disabled = false;
        });
    }

    function wireUpload() {
        document.getElementById('upload-port').value = PORT_NAMES[me.port] || me.port;
        var yearInput = document.getElementById('upload-year');
        yearInput.addEventListener('change', function () { loadVersions(yearInput.value); });
        document.getElementById('check-button').addEventListener('click', function () {
            var year = yearInput.value;
            var file = document.getElementById('upload-file').files[0];
            if (!year || !file) { showOutcome('bad', 'Choose a reporting year and a package file.'); return; }
            checkPackage(year, file);
        });
        document.getElementById('upload-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var year = yearInput.value;
            var file = document.getElementById('upload-file').files[0];
            if (!year || !file) { showOutcome('bad', 'Choose a reporting year and a package file.'); return; }
            var data = new FormData();
            data.append('package', file, file.name);
            var button = document.getElementById('upload-button');
            button.disabled = true;
            showOutcome('', 'Uploading ' + file.name + '…');
            call('POST', submissionsPath(year), data).then(function (result) {
                var body = result.body || {};
                if (result.status === 202) {
                    showOutcome('', 'Received: validating every record…', body.message || null,
                        el('p', {className: 'muted', text: 'Version registered; package SHA-256 ' + body.packageSha256}));
                    followVersion(year, body.submissionId, 0);
                    return;
                }
                button.disabled = false;
                if (result.status === 200 || result.status === 422) {
                    loadVersions(year).then(function (versions) {
                        var v = versions.filter(function (x) { return x.submissionId === body.submissionId; })[0];
                        var unchanged = result.status === 200;
                        showOutcome(unchanged ? 'ok' : 'bad',
                            unchanged ? 'Unchanged: these exact bytes are already on file.' : 'Package refused as a whole.',
                            body.message || null, v ? versionSummary(v) : null);
                        if (v && !unchanged) { showFindings(v, document.getElementById('upload-version')); }
                    });
                    return;
                }
                showOutcome('bad', 'The upload was refused.', result.error);
            });
        });
    }

    /* ---------- start ---------- */

    /* ---------- certification and review (docs/certification.md) ---------- */

    function versionPath(row) {
        return '/submissions/' + row.port + '/' + row.reportingYear + '/' + row.version;
    }

    function loadAwaiting(year) {
        var body = document.getElementById('review-body');
        return call('GET', '/reviews/' + encodeURIComponent(year)).then(function (result) {
            if (result.error) { replace(body, notice('bad', 'What awaits whom could not be listed.', result.error)); return; }
            var rows = result.body || [];
            if (!rows.length) {
                replace(body, el('p', {className: 'muted', id: 'review-empty',
                    text: 'Nothing waits for anyone in ' + year + '.'}));
                return;
            }
            var tbody = el('tbody', {});
            rows.forEach(function (row) {
                tbody.appendChild(el('tr', {'data-port': row.port, 'data-version': row.version,
                        'data-review-state': row.reviewState},
                    el('td', {text: row.port}), el('td', {text: String(row.version)}),
                    el('td', {}, badge(row.reviewState)),
                    el('td', {className: row.overdue ? 'overdue' : null, text: row.summary}),
                    el('td', {}, reviewActions(row))));
            });
            replace(body, el('div', {className: 'table-wrap'}, el('table', {id: 'review-table'},
                el('caption', {text: 'Versions of ' + year + ' that wait for someone'}),
                el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Port'}),
                    el('th', {scope: 'col', text: 'Version'}), el('th', {scope: 'col', text: 'State'}),
                    el('th', {scope: 'col', text: 'Awaits'}), el('th', {scope: 'col', text: 'Actions'}))),
                tbody)));
        });
    }

    function reviewActions(row) {
        var box = el('div', {className: 'row-actions'});
        var official = has(row.port.toLowerCase() + '-certifier');
        if (official && row.reviewState === 'DRAFT') {
            box.appendChild(el('button', {type: 'button', className: 'certify',
                onclick: function () { certifyStep(row); }}, 'Certify…'));
        }
        if (has('reviewer') && row.reviewState === 'CERTIFIED') {
            box.appendChild(el('button', {type: 'button', className: 'take-up',
                onclick: function () { reviewCall(row, 'POST', versionPath(row) + '/review', undefined, 'Taken up'); }},
                'Take up'));
        }
        if (has('reviewer') && row.reviewState === 'IN_REVIEW') {
            box.appendChild(el('button', {type: 'button', className: 'accept primary',
                onclick: function () {
                    reviewCall(row, 'POST', versionPath(row) + '/review/acceptance', undefined, 'Accepted');
                }}, 'Accept'));
            box.appendChild(el('button', {type: 'button', className: 'return',
                onclick: function () { returnStep(row); }}, 'Return…'));
        }
        box.appendChild(el('button', {type: 'button', className: 'comments',
            onclick: function () { commentsStep(row); }}, 'Comments'));
        return box;
    }

    function stepPanel(title) {
        var panel = document.getElementById('review-step');
        panel.textContent = '';
        panel.appendChild(el('h3', {text: title}));
        panel.hidden = false;
        return panel;
    }

    function reviewOutcome(kind, title, detail) {
        var box = document.getElementById('review-result');
        replace(box, notice(kind, title, detail));
        box.hidden = false;
        box.focus();
    }

    function reviewCall(row, method, path, body, done) {
        return call(method, path, body === undefined ? undefined : json(body))
            .then(function (result) {
                if (result.error) { reviewOutcome('bad', 'Not done.', result.error); return result; }
                reviewOutcome('ok', done + ': ' + row.port + ' ' + row.reportingYear + ' version ' + row.version + '.',
                    result.body && result.body.reviewState ? 'State: ' + humanStatus(result.body.reviewState) + '.' : null);
                document.getElementById('review-step').hidden = true;
                loadAwaiting(row.reportingYear);
                loadCertified(row.reportingYear);
                return result;
            });
    }

    function certifyStep(row) {
        call('GET', '/certification-statement').then(function (result) {
            if (result.error) { reviewOutcome('bad', 'The statement could not be read.', result.error); return; }
            var statement = result.body;
            var panel = stepPanel('Certify ' + row.port + ' ' + row.reportingYear + ' version ' + row.version);
            var password = el('input', {id: 'certify-password', type: 'password', autocomplete: 'current-password',
                required: true});
            panel.appendChild(el('blockquote', {id: 'certify-statement', 'data-version': statement.version},
                statement.text));
            panel.appendChild(el('p', {className: 'muted', text: 'Statement version ' + statement.version
                + '. Signing asks for your password again; the server seals what you certify.'}));
            var form = el('form', {id: 'certify-form', className: 'stacked-form'},
                el('div', {className: 'field'}, el('label', {'for': 'certify-password', text: 'Your password'}),
                    password),
                el('div', {className: 'actions'}, el('button', {type: 'submit', className: 'primary',
                    id: 'certify-button'}, 'Sign and certify')));
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var body = {statementVersion: statement.version, password: password.value};
                password.value = '';
                call('POST', versionPath(row) + '/certification', json(body))
                    .then(function (answer) {
                        if (answer.error) { reviewOutcome('bad', 'Not certified.', answer.error); return; }
                        var c = answer.body;
                        reviewOutcome('ok', 'Certified: ' + row.port + ' ' + row.reportingYear + ' version ' + row.version
                            + ' by ' + c.signer + ' at ' + when(c.signedAt) + '.',
                            'Package SHA-256 ' + c.packageSha256 + '; ' + c.algorithm + ' signature '
                            + (c.signatureValid ? 'verified' : 'NOT verified') + ' (seal ' + c.keyId.substring(0, 16) + '…).');
                        document.getElementById('review-result').appendChild(el('p', {},
                            el('a', {id: 'copy-of-record', href: API + versionPath(row) + '/certification/receipt.pdf',
                                download: 'copy-of-record-' + row.port + '-' + row.reportingYear + '-v' + row.version
                                    + '.pdf'}, 'Copy of record (PDF)')));
                        document.getElementById('review-step').hidden = true;
                        loadAwaiting(row.reportingYear);
                        loadCertified(row.reportingYear);
                    });
            });
            panel.appendChild(form);
            password.focus();
        });
    }

    function returnStep(row) {
        var panel = stepPanel('Return ' + row.port + ' ' + row.reportingYear + ' version ' + row.version + ' to the port');
        var comment = el('textarea', {id: 'return-comment', rows: 4, maxlength: 4000, required: true});
        var due = el('input', {id: 'return-due', type: 'date', required: true});
        var form = el('form', {id: 'return-form', className: 'stacked-form'},
            el('div', {className: 'field'}, el('label', {'for': 'return-comment', text: 'What the port must answer'}),
                comment),
            el('div', {className: 'field'}, el('label', {'for': 'return-due', text: 'Reply due by'}), due),
            el('div', {className: 'actions'}, el('button', {type: 'submit', id: 'return-button'}, 'Return to the port')));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            reviewCall(row, 'POST', versionPath(row) + '/review/return',
                {comment: comment.value, replyDue: due.value}, 'Returned');
        });
        panel.appendChild(form);
        comment.focus();
    }

    function commentsStep(row) {
        var panel = stepPanel('Comments on ' + row.port + ' ' + row.reportingYear + ' version ' + row.version);
        var list = el('ol', {id: 'comments-list', className: 'comments'});
        panel.appendChild(list);
        call('GET', versionPath(row) + '/review/comments').then(function (result) {
            if (result.error) { list.appendChild(el('li', {text: result.error})); return; }
            if (!(result.body || []).length) { list.appendChild(el('li', {className: 'muted', text: 'No comment yet.'})); }
            (result.body || []).forEach(function (c) {
                var where = c.file ? ' on ' + c.file + (c.line ? ':' + c.line : '') + (c.code ? ' (' + c.code + ')' : '') : '';
                list.appendChild(el('li', {'data-side': c.side},
                    el('strong', {text: c.author + (c.side === 'PORT' ? ' (port)' : ' (regulator)')}),
                    el('span', {className: 'muted', text: ' ' + when(c.writtenAt) + where}), el('p', {text: c.text})));
            });
        });
        var text = el('textarea', {id: 'comment-text', rows: 3, maxlength: 4000, required: true});
        var form = el('form', {id: 'comment-form', className: 'stacked-form'},
            el('div', {className: 'field'}, el('label', {'for': 'comment-text', text: 'Add a comment'}), text),
            el('div', {className: 'actions'}, el('button', {type: 'submit', id: 'comment-button'}, 'Add comment')));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            call('POST', versionPath(row) + '/review/comments', json({comment: text.value})).then(function (result) {
                if (result.error) { reviewOutcome('bad', 'The comment was not added.', result.error); return; }
                commentsStep(row);
            });
        });
        panel.appendChild(form);
    }

    /** The year's certified versions (a port's own, or both for the reviewer): copy of record, and for the port a dispute. */
    function loadCertified(year) {
        var body = document.getElementById('certified-body');
        var ports = me.port ? [me.port] : ['POLA', 'POLB'];
        return Promise.all(ports.map(function (port) {
            return call('GET', '/submissions/' + port + '/' + encodeURIComponent(year));
        })).then(function (results) {
            var certified = [];
            results.forEach(function (result) {
                (result.body || []).forEach(function (v) {
                    if (['CERTIFIED', 'IN_REVIEW', 'ACCEPTED', 'RETURNED'].indexOf(v.reviewState) >= 0) { certified.push(v); }
                });
            });
            if (!certified.length) {
                replace(body, el('p', {className: 'muted', text: 'No version of ' + year + ' is certified yet.'}));
                return;
            }
            var rows = el('tbody', {});
            certified.forEach(function (v) {
                var row = {port: v.port, reportingYear: v.reportingYear, version: v.version};
                rows.appendChild(el('tr', {'data-port': v.port, 'data-version': v.version},
                    el('td', {text: v.port}), el('td', {text: String(v.version)}), el('td', {}, badge(v.reviewState)),
                    el('td', {}, el('a', {className: 'copy-of-record', href: API + versionPath(row)
                        + '/certification/receipt.pdf'}, 'Copy of record (PDF)')),
                    el('td', {}, me.port ? el('button', {type: 'button', className: 'dispute',
                        onclick: function () { disputeStep(row); }}, 'Dispute…') : null)));
            });
            replace(body, el('div', {className: 'table-wrap'}, el('table', {id: 'certified-table'},
                el('caption', {text: 'Certified versions of ' + year + ' and their copies of record'}),
                el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Port'}),
                    el('th', {scope: 'col', text: 'Version'}), el('th', {scope: 'col', text: 'State'}),
                    el('th', {scope: 'col', text: 'Copy of record'}), el('th', {scope: 'col', text: 'Actions'}))),
                rows)));
        });
    }

    function disputeStep(row) {
        var panel = stepPanel('Dispute the copy of record of ' + row.port + ' ' + row.reportingYear + ' version '
            + row.version);
        var reason = el('textarea', {id: 'dispute-reason', rows: 3, maxlength: 3900, required: true});
        var form = el('form', {id: 'dispute-form', className: 'stacked-form'},
            el('div', {className: 'field'}, el('label', {'for': 'dispute-reason', text: 'What is wrong with it'}),
                reason),
            el('div', {className: 'actions'}, el('button', {type: 'submit', id: 'dispute-button'}, 'Send the dispute')));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            call('POST', versionPath(row) + '/certification/disputes', json({reason: reason.value}))
                .then(function (result) {
                    if (result.error) { reviewOutcome('bad', 'The dispute was not sent.', result.error); return; }
                    reviewOutcome('ok', 'Dispute sent: ' + row.port + ' ' + row.reportingYear + ' version '
                        + row.version + '.', 'It is a comment of the version for the reviewer to answer.');
                    document.getElementById('review-step').hidden = true;
                });
        });
        panel.appendChild(form);
        reason.focus();
    }

    function wireReview() {
        document.getElementById('review-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var year = document.getElementById('review-year').value;
            if (year) { loadAwaiting(year); loadCertified(year); }
        });
    }

    function start() {
        call('GET', '/me').then(function (result) {
            if (result.error) {
                document.getElementById('identity').textContent = '';
                pageMessage('bad', 'You could not be identified.', result.error);
                return;
            }
            me = result.body;
            me.roles = me.roles || [];
            showIdentity();
            var staff = any(['board-staff', 'auditor', 'admin']);
            if (staff) {
                reveal('reports', 'Reports');
                reveal('runs', 'Runs');
                // the dashboard is its own page (dashboard.html): a link, not a section
                document.getElementById('section-nav').appendChild(el('a', {href: 'dashboard.html', id: 'dashboard-link',
                    text: 'Dashboard'}));
                if (has('admin')) { wireStartForm(); wireToleranceForm(); wireDeadlineForm(); wireStatementForm(); }
                loadReports().then(loadRuns);
            }
            if (any(['admin', 'auditor'])) {
                reveal('schedule', 'Schedule');
                loadSchedule();
            }
            if (any(['pola-submitter', 'polb-submitter'])) {
                reveal('submission', 'Submit a package');
                wireUpload();
            }
            if (me.port || has('reviewer')) {
                reveal('review', 'Certification and review');
                wireReview();
            }
            if (!staff && !me.port && !has('reviewer')) {
                pageMessage('', 'Nothing to show for your role.', 'Ask an administrator for the role you need.');
            }
        });
    }

    document.addEventListener('DOMContentLoaded', start);
}());
