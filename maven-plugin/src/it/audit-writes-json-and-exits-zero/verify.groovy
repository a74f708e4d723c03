import groovy.json.JsonSlurper

def report = new File(basedir, 'target/audit/report.json')
assert report.isFile() : 'site:audit writes the report it was given'
def findings = new JsonSlurper().parse(report)
assert findings instanceof List
findings.each { f ->
    assert f.keySet() == ['file', 'line', 'col', 'rule', 'sc', 'level', 'message'] as Set
    assert f.level in ['A', 'AA']
}
def found = findings.collect { "${it.file}:${it.line}:${it.col} ${it.rule} ${it.sc}".toString() } as Set
assert found.contains('index.html:8:1 image-alt 1.1.1')
assert found.contains('docs/guide.html:2:1 html-lang-valid 3.1.1')
assert found.contains('docs/guide.html:7:35 link-text 2.4.4')
assert found.contains('docs/guide.html:8:1 button-name 4.1.2')
assert findings.size() == 4 : "exactly the four mistakes: ${found}"
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'an audit reports, it does not fail'
return true
