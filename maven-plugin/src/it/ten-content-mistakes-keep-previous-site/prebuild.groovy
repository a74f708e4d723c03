def previous = new File(basedir, 'out/main/index.html')
previous.parentFile.mkdirs()
previous.text = 'the previous site'
return true
