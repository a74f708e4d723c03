def page = new File(basedir, 'out/main/a/index.html')
assert page.isFile() : 'the page is written'
assert page.text.contains('<h1>A single page</h1>')
assert new File(basedir, 'out/main/index.html').isFile() : 'a home page is generated'
assert new File(basedir, 'out/main/assets/site.css').isFile() : 'the built-in theme ships with the plugin'
def log = new File(basedir, 'build.log').text
assert !log.contains('[INFO]') : 'quiet with -q'
return true
