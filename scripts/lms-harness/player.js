/**
 * The stand-in LMS player of `npm run lms:preview` (scripts/lms-preview.mjs) and of the LMS
 * browser tests: reads the package's manifest, puts a scorm-again runtime on this window
 * (`API` or `API_1484_11`, as an LMS does), opens the package's launch page in a frame, and
 * keeps what the package reported (in this browser's localStorage, key `ra-harness:<zip>`) for
 * the next launch: entry = resume after exit = suspend, with the resume data, location, status
 * and score, as an LMS keeps an attempt. `window.harness` lets a test read all of it.
 */
(function () {
  'use strict';
  var pkg = new URLSearchParams(location.search).get('pkg') || '';
  var base = '/content/' + encodeURIComponent(pkg) + '/';
  var storeKey = 'ra-harness:' + pkg;
  var ADLCP12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
  var IMSSS = 'http://www.imsglobal.org/xsd/imsss';
  var $ = function (s) { return document.querySelector(s); };
  var harness = (window.harness = { ready: false, version: null, launchHref: null, mastery: null, calls: [], launches: 0, state: 'closed', error: null, record: load, launch: function () {} });
  var api = null;

  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return null; }
  }
  function save(rec) { localStorage.setItem(storeKey, JSON.stringify(rec)); render(); }

  /** The values the LMS keeps. exit and session_time are write-only for a SCO: taken from its calls. */
  function snapshot() {
    var c = api.cmi;
    var lastSet = function (el) {
      for (var i = harness.calls.length - 1; i >= 0; i--) if (harness.calls[i][0] === el) return harness.calls[i][1];
      return '';
    };
    if (harness.version === '1.2') {
      return { lesson_status: c.core.lesson_status, lesson_location: c.core.lesson_location, score: { raw: c.core.score.raw, min: c.core.score.min, max: c.core.score.max }, suspend_data: c.suspend_data, exit: lastSet('cmi.core.exit'), session_time: lastSet('cmi.core.session_time') };
    }
    return { completion_status: c.completion_status, success_status: c.success_status, progress_measure: c.progress_measure, location: c.location, score: { raw: c.score.raw, min: c.score.min, max: c.score.max, scaled: c.score.scaled }, suspend_data: c.suspend_data, exit: lastSet('cmi.exit'), session_time: lastSet('cmi.session_time') };
  }

  function render() {
    var rec = load() || {};
    var rows = [];
    (function flat(o, prefix) {
      Object.keys(o).forEach(function (k) {
        var v = o[k];
        if (v && typeof v === 'object') flat(v, prefix + k + '.');
        else rows.push([prefix + k, String(v)]);
      });
    })(rec, '');
    var body = $('[data-record] tbody');
    body.replaceChildren.apply(body, rows.map(function (r) {
      var tr = document.createElement('tr');
      r.forEach(function (t, i) {
        var td = document.createElement('td');
        td.textContent = i === 1 && t.length > 200 ? t.slice(0, 200) + '…（' + t.length + ' 个字符）' : t;
        tr.append(td);
      });
      return tr;
    }));
    var list = $('[data-calls]');
    list.replaceChildren.apply(list, harness.calls.slice(-200).map(function (c) {
      var li = document.createElement('li');
      li.textContent = c[0] + ' = ' + (c[1].length > 120 ? c[1].slice(0, 120) + '…' : c[1]);
      return li;
    }));
    $('[data-state]').textContent = { closed: '未打开', running: '学习中', finished: '已结束（课程已报告结束）' }[harness.state];
    $('[data-launch]').disabled = harness.state === 'running' || !harness.ready;
    $('[data-close]').disabled = harness.state !== 'running';
  }

  function launch() {
    var rec = load();
    var resume = !!rec && rec.exit === 'suspend';
    var settings = { logLevel: 5, autocommit: false };
    harness.calls = [];
    if (harness.version === '1.2') {
      api = new window.Scorm12API(settings);
      var core = { student_id: 'harness-learner', student_name: 'Harness, Learner', entry: resume ? 'resume' : 'ab-initio' };
      if (rec && rec.lesson_status) core.lesson_status = rec.lesson_status;
      if (rec && rec.lesson_location) core.lesson_location = rec.lesson_location;
      if (rec && rec.score && rec.score.raw !== '') core.score = rec.score;
      api.loadFromJSON({ core: core, suspend_data: (rec && rec.suspend_data) || '', student_data: { mastery_score: harness.mastery || '' } });
      api.on('LMSSetValue.cmi.*', function (el, v) { harness.calls.push([el, String(v)]); render(); });
      api.on('LMSCommit', function () { save(snapshot()); });
      api.on('LMSFinish', function () { save(snapshot()); harness.state = 'finished'; render(); });
      window.API = api;
    } else {
      api = new window.Scorm2004API(settings);
      var init = { learner_id: 'harness-learner', learner_name: 'Harness, Learner', entry: resume ? 'resume' : 'ab-initio', suspend_data: (rec && rec.suspend_data) || '' };
      if (harness.mastery) init.scaled_passing_score = harness.mastery;
      if (rec) ['completion_status', 'success_status', 'location', 'progress_measure'].forEach(function (k) { if (rec[k]) init[k] = rec[k]; });
      if (rec && rec.score && rec.score.raw !== '') init.score = rec.score;
      api.loadFromJSON(init);
      api.on('SetValue.cmi.*', function (el, v) { harness.calls.push([el, String(v)]); render(); });
      api.on('Commit', function () { save(snapshot()); });
      api.on('Terminate', function () { save(snapshot()); harness.state = 'finished'; render(); });
      window.API_1484_11 = api;
    }
    var frame = document.createElement('iframe');
    frame.title = '课程';
    frame.src = base + harness.launchHref;
    $('[data-slot]').replaceChildren(frame);
    harness.launches++;
    harness.state = 'running';
    render();
  }

  function close() {
    // Removing the frame unloads the course, as leaving an LMS player does.
    $('[data-slot]').replaceChildren();
    if (harness.state === 'running') harness.state = 'closed';
    delete window.API;
    delete window.API_1484_11;
    render();
  }

  harness.launch = launch;
  harness.close = close;
  $('[data-launch]').addEventListener('click', launch);
  $('[data-close]').addEventListener('click', close);
  $('[data-forget]').addEventListener('click', function () { close(); localStorage.removeItem(storeKey); render(); });
  $('[data-pkg]').textContent = pkg;

  fetch(base + 'imsmanifest.xml')
    .then(function (r) { if (!r.ok) throw new Error('没有 imsmanifest.xml'); return r.text(); })
    .then(function (text) {
      var doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) throw new Error('imsmanifest.xml 不是有效的 XML');
      var sv = doc.getElementsByTagName('schemaversion')[0];
      harness.version = sv && sv.textContent.trim() === '1.2' ? '1.2' : '2004';
      var orgs = doc.getElementsByTagName('organizations')[0];
      var org = Array.prototype.find.call(doc.getElementsByTagName('organization'), function (o) { return o.getAttribute('identifier') === orgs.getAttribute('default'); });
      var item = org.getElementsByTagName('item')[0];
      var res = Array.prototype.find.call(doc.getElementsByTagName('resource'), function (r) { return r.getAttribute('identifier') === item.getAttribute('identifierref'); });
      harness.launchHref = res.getAttribute('href');
      var m = harness.version === '1.2' ? item.getElementsByTagNameNS(ADLCP12, 'masteryscore')[0] : item.getElementsByTagNameNS(IMSSS, 'minNormalizedMeasure')[0];
      harness.mastery = m ? m.textContent.trim() : null;
      $('[data-version]').textContent = 'SCORM ' + harness.version + (harness.mastery ? '，及格线 ' + harness.mastery : '');
      harness.ready = true;
      render();
      if (new URLSearchParams(location.search).get('autostart') !== '0') launch();
    })
    .catch(function (e) { harness.error = String(e && e.message || e); $('[data-state]').textContent = harness.error; });
})();
