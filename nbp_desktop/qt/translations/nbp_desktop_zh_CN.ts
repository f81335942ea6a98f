<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BatchText</name>
    <message>
        <source>“{name}” is a {kind} connection, which has no batch mode. Run the sheet with --interactive (the normal queue), or use an AI Studio or Vertex AI connection for half-price batch.</source>
        <translation>“{name}”是 {kind} 连接，不支持批处理模式。请使用 --interactive（普通队列）运行该表格，或使用 AI Studio 或 Vertex AI 连接以半价进行批处理。</translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket for the batch, e.g. gs://my-bucket/batches.</source>
        <translation>请指定批处理使用的 Cloud Storage 存储桶，例如 gs://my-bucket/batches。</translation>
    </message>
    <message>
        <source>Google&apos;s answer about the batch could not be read.</source>
        <translation>无法读取 Google 关于该批处理的响应。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file was cut off while downloading; it will be downloaded again.</source>
        <translation>批处理的结果文件在下载时被截断，将重新下载。</translation>
    </message>
    <message>
        <source>Google did not say where to upload the batch&apos;s input file.</source>
        <translation>Google 未说明批处理输入文件应上传到何处。</translation>
    </message>
    <message>
        <source>The upload of the batch&apos;s input file did not finish; it will be sent again.</source>
        <translation>批处理输入文件的上传未完成，将重新发送。</translation>
    </message>
    <message>
        <source>Google did not name the uploaded input file.</source>
        <translation>Google 未给出已上传输入文件的名称。</translation>
    </message>
    <message>
        <source>Google no longer has this batch&apos;s result file (it may have been deleted or expired); the rows that were not downloaded are marked failed.</source>
        <translation>Google 上已不再有此批处理的结果文件（可能已被删除或已过期）；未下载的行已标记为失败。</translation>
    </message>
    <message>
        <source>There is no Cloud Storage bucket “{bucket}” (or the service account cannot see it). Create it in the same project, or name another bucket.</source>
        <translation>不存在 Cloud Storage 存储桶“{bucket}”（或服务账号无法看到它）。请在同一项目中创建该存储桶，或指定其他存储桶。</translation>
    </message>
    <message>
        <source>The service account</source>
        <translation>服务账号</translation>
    </message>
    <message>
        <source>{account} may not use the bucket “{bucket}” for batch jobs: it lacks {permissions}. Grant it the “Storage Object Admin” role on that bucket (Cloud console → Cloud Storage → the bucket → Permissions).</source>
        <translation>{account} 无法将存储桶“{bucket}”用于批处理任务：缺少 {permissions}。请在该存储桶上为其授予“Storage Object Admin”角色（Cloud 控制台 → Cloud Storage → 该存储桶 → 权限）。</translation>
    </message>
    <message>
        <source>The result file {uri} is gone from the bucket; the rows not yet downloaded are marked failed.</source>
        <translation>结果文件 {uri} 已不在存储桶中；尚未下载的行已标记为失败。</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>There is no batch {batch}.</source>
        <translation>没有批处理 {batch}。</translation>
    </message>
    <message>
        <source>A Vertex batch reads and writes its files in a Cloud Storage bucket: name one with --bucket gs://BUCKET/FOLDER.</source>
        <translation>Vertex 批处理在 Cloud Storage 存储桶中读写文件：请使用 --bucket gs://BUCKET/FOLDER 指定一个存储桶。</translation>
    </message>
    <message>
        <source>Unknown batch mode “{mode}”.</source>
        <translation>未知的批处理模式“{mode}”。</translation>
    </message>
    <message>
        <source>Google did not name the new batch.</source>
        <translation>Google 未给出新批处理的名称。</translation>
    </message>
    <message>
        <source>Canceled before the batch was sent; nothing was billed.</source>
        <translation>已在发送批处理之前取消；未产生任何费用。</translation>
    </message>
    <message>
        <source>The batch {batch} has not reached Google yet; nothing to download.</source>
        <translation>批处理 {batch} 尚未到达 Google；没有可下载的内容。</translation>
    </message>
    <message>
        <source>The batch {batch} is still {state} at Google; its results can be downloaded when it has finished.</source>
        <translation>批处理 {batch} 在 Google 上仍处于 {state} 状态；完成后即可下载其结果。</translation>
    </message>
    <message>
        <source>The batch&apos;s result file is missing from the bucket; the rows that were not downloaded are marked failed.</source>
        <translation>存储桶中缺少批处理的结果文件；未下载的行已标记为失败。</translation>
    </message>
    <message>
        <source>The batch expired before Google ran this row (Google gives a batch 48 hours); submit the sheet again for the rows that are missing.</source>
        <translation>在 Google 运行此行之前批处理已过期（Google 给每个批处理 48 小时）；请为缺失的行重新提交表格。</translation>
    </message>
    <message>
        <source>The batch was canceled before this row ran; it was not billed.</source>
        <translation>批处理在此行运行之前已取消；未计费。</translation>
    </message>
    <message>
        <source>Google could not run the batch ({detail}).</source>
        <translation>Google 无法运行该批处理（{detail}）。</translation>
    </message>
    <message>
        <source>Google could not run the batch.</source>
        <translation>Google 无法运行该批处理。</translation>
    </message>
    <message>
        <source>Google returned no result for this row.</source>
        <translation>Google 未返回此行的结果。</translation>
    </message>
    <message>
        <source>The job ended {status}.</source>
        <translation>任务以 {status} 状态结束。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (%n more row(s) with problems.)</source>
        <translation>
            <numerusform>{problem}（另有 %n 行也有问题。）</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the sheet “{sheet}” can be sent; fix the rows listed.</source>
        <translation>表格“{sheet}”中没有可发送的行；请修正所列的行。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty: row 1 should be a header (prompt, aspect ratio, size, count, seed, system instruction, reference paths, output name, tags) and each row after it one image.</source>
        <translation>表格“{sheet}”为空：第 1 行应为标题行（prompt、aspect ratio、size、count、seed、system instruction、reference paths、output name、tags），之后每行对应一张图像。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be opened.</source>
        <translation>无法打开表格 {path}。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is {size}, more than a prompt sheet may be ({limit}, about 100,000 rows); nothing was read from row 1 on. Split it into smaller sheets.</source>
        <translation>表格“{sheet}”大小为 {size}，超出提示词表格的上限（{limit}，约 100,000 行）；未读取任何内容（从第 1 行起）。请将其拆分为较小的表格。</translation>
    </message>
    <message>
        <source>The sheet {path} cannot be read.</source>
        <translation>无法读取表格 {path}。</translation>
    </message>
    <message>
        <source>Row 1 (the header) of “{sheet}” has no “prompt” column; its columns are {columns}. Name one column “prompt”.</source>
        <translation>“{sheet}”的第 1 行（标题行）中没有“prompt”列；其列为 {columns}。请将其中一列命名为“prompt”。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Row {row} cannot be read as a table row ({error}).</source>
        <translation>第 {row} 行无法作为表格行读取（{error}）。</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header in row 1 but no rows below it: add one row per image from row 2 on.</source>
        <translation>表格“{sheet}”的第 1 行有标题，但下方没有任何行：请从第 2 行起每张图像添加一行。</translation>
    </message>
    <message>
        <source>Row {row} of “{sheet}” is not UTF-8 text (byte {byte} at character {column}); the sheet was probably saved as Latin-1 or Windows-1252. Save it as “CSV UTF-8” and import it again.</source>
        <translation>“{sheet}”的第 {row} 行不是 UTF-8 文本（第 {column} 个字符处的字节 {byte}）；该表格可能以 Latin-1 或 Windows-1252 保存。请将其另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>Row {row} has no prompt.</source>
        <translation>第 {row} 行没有提示词。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt has an unmatched “{open}” or “{close}”; write {open}{open} or {close}{close} for a literal brace.</source>
        <translation>第 {row} 行：提示词中有不成对的“{open}”或“{close}”；如需字面意义的花括号，请写作 {open}{open} 或 {close}{close}。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but the sheet has no “{column}” column.</source>
        <translation>第 {row} 行：提示词使用了 {placeholder}，但表格中没有“{column}”列。</translation>
    </message>
    <message>
        <source>Row {row}: the prompt uses {placeholder} but that cell is empty.</source>
        <translation>第 {row} 行：提示词使用了 {placeholder}，但该单元格为空。</translation>
    </message>
    <message>
        <source>Row {row}: the aspect ratio “{ratio}” is not one {model} makes; use one of {ratios}.</source>
        <translation>第 {row} 行：{model} 不支持宽高比“{ratio}”；请使用 {ratios} 之一。</translation>
    </message>
    <message>
        <source>Row {row}: the size “{size}” is not one {model} makes; use {sizes}.</source>
        <translation>第 {row} 行：{model} 不支持尺寸“{size}”；请使用 {sizes}。</translation>
    </message>
    <message>
        <source>Row {row}: the count “{count}” must be a whole number from 1 to {most}.</source>
        <translation>第 {row} 行：数量“{count}”必须是 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <source>Row {row}: the seed “{seed}” is not a whole number.</source>
        <translation>第 {row} 行：种子“{seed}”不是整数。</translation>
    </message>
    <message>
        <source>Row {row}: the reference image “{name}” does not exist (looked for {path}).</source>
        <translation>第 {row} 行：参考图像“{name}”不存在（查找位置：{path}）。</translation>
    </message>
    <message numerus="yes">
        <source>Row {row}: %n reference image(s); {model} takes at most {most}.</source>
        <translation>
            <numerusform>第 {row} 行：有 %n 张参考图像；{model} 最多接受 {most} 张。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchesPane</name>
    <message>
        <source>Sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>vertex</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>交互式</translation>
    </message>
    <message>
        <source>Import prompt sheet…</source>
        <translation>导入提示词表格…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批处理</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Ask Google now instead of at the next scheduled check</source>
        <translation>立即询问 Google，而不是等到下一次定时检查</translation>
    </message>
    <message>
        <source>Row {number} ({key}): {error}</source>
        <translation>第 {number} 行（{key}）：{error}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch “{sheet}” journalled; sending it to Google.</source>
        <translation>批处理“{sheet}”已记录，正在发送给 Google。</translation>
    </message>
    <message numerus="yes">
        <source>Batch “{sheet}”: %n image(s) are in the library on the board “{sheet}”.</source>
        <translation>
            <numerusform>批处理“{sheet}”：%n 张图像已在图库中的“{sheet}”看板上。</numerusform>
        </translation>
    </message>
    <message>
        <source>{cost} (interactive)</source>
        <translation>{cost}（交互式）</translation>
    </message>
    <message>
        <source>{cost} (batch price)</source>
        <translation>{cost}（批处理价格）</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批处理</translation>
    </message>
    <message>
        <source>Generate a CSV/TSV sheet of prompts at batch price (half the interactive price) or through the queue</source>
        <translation>以批处理价格（交互式价格的一半）或通过队列生成一个 CSV/TSV 提示词表格</translation>
    </message>
</context>
<context>
    <name>BoardList</name>
    <message>
        <source>Boards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>All images
{images}</source>
        <translation>所有图像
{images}</translation>
    </message>
    <message>
        <source>{board}: drop images here, or select images and press B</source>
        <translation>{board}：将图像拖放到此处，或选择图像后按 B</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新建看板…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>删除看板</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Deprecated since {deprecated}, shut down on {shutdown}.</source>
        <translation>自 {deprecated} 起弃用，于 {shutdown} 停用。</translation>
    </message>
    <message>
        <source>Deprecated since {deprecated}.</source>
        <translation>自 {deprecated} 起弃用。</translation>
    </message>
    <message>
        <source>Shut down on {shutdown}.</source>
        <translation>于 {shutdown} 停用。</translation>
    </message>
    <message>
        <source>Always thinks; 4K is Preview on Vertex. Takes images only as references.</source>
        <translation>始终进行思考；在 Vertex 上 4K 为 Preview。图像仅可作为参考。</translation>
    </message>
    <message>
        <source>Nano Banana Pro (preview, retired on AI Studio)</source>
        <translation>Nano Banana Pro（预览版，已在 AI Studio 停用）</translation>
    </message>
    <message>
        <source>Use gemini-3-pro-image.</source>
        <translation>请使用 gemini-3-pro-image。</translation>
    </message>
    <message>
        <source>GA on 2026-10-06; Google&apos;s recommended image model.</source>
        <translation>2026-10-06 GA；Google 推荐的图像模型。</translation>
    </message>
    <message>
        <source>GA on 2026-06-30; fast, 1K only; no Flex or Priority tier.</source>
        <translation>2026-06-30 GA；速度快，仅 1K；无 Flex 或 Priority 层级。</translation>
    </message>
    <message>
        <source>Use gemini-nano-banana-2.1.</source>
        <translation>请使用 gemini-nano-banana-2.1。</translation>
    </message>
    <message>
        <source>1K only.</source>
        <translation>仅 1K。</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <source>Describe the image…   ({keys} queues it)</source>
        <translation>描述图像…   （按 {keys} 加入队列）</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>以前的提示词</translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation>系统指令</translation>
    </message>
    <message>
        <source>Standing instructions sent with every prompt (optional)</source>
        <translation>随每个提示词一起发送的固定指令（可选）</translation>
    </message>
    <message>
        <source>e.g. You are a product photographer. Clean studio light.</source>
        <translation>例如：你是一名产品摄影师。干净的影棚光。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add reference images from files</source>
        <translation>从文件添加参考图像</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model id; you can type a newer one</source>
        <translation>模型 ID；可以输入更新的 ID</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>关于此模型</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Thinking level</source>
        <translation>思考级别</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>依托 Google 搜索进行接地</translation>
    </message>
    <message>
        <source>Let the model look things up on the web (billed separately)</source>
        <translation>让模型在网上查找资料（单独计费）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>How many jobs to queue with these settings</source>
        <translation>使用这些设置加入队列的任务数</translation>
    </message>
    <message>
        <source>2×2 variations grid</source>
        <translation>2×2 变体网格</translation>
    </message>
    <message>
        <source>Four variations in one request (a quarter of the cost); the grid and its four tiles are saved</source>
        <translation>一次请求生成四个变体（费用为四分之一）；网格及其四个图块都会保存</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>估计费用</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>加入队列</translation>
    </message>
    <message>
        <source>Queue this generation ({keys})</source>
        <translation>将此次生成加入队列（{keys}）</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Queue generation</source>
        <translation>将生成加入队列</translation>
    </message>
    <message>
        <source>Queue this generation</source>
        <translation>将此次生成加入队列</translation>
    </message>
    <message>
        <source>default ({level})</source>
        <translation>默认（{level}）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>{estimate} (4 images per job)</source>
        <translation>{estimate}（每个任务 4 张图像）</translation>
    </message>
    <message>
        <source>{estimate} at the {tier} tier</source>
        <translation>{estimate}（{tier} 层级）</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>没有以前的提示词</translation>
    </message>
    <message>
        <source>Add reference images</source>
        <translation>添加参考图像</translation>
    </message>
    <message>
        <source>Images, PDFs and videos (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;Images (*.png *.jpg *.jpeg *.webp *.heic *.heif)</source>
        <translation>图像、PDF 和视频 (*.png *.jpg *.jpeg *.webp *.heic *.heif *.pdf *.mp4 *.mov *.webm *.mpg *.mpeg);;图像 (*.png *.jpg *.jpeg *.webp *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>An API key from Google AI Studio (aistudio.google.com → Get API key). Image generation needs a project with billing enabled.</source>
        <translation>来自 Google AI Studio 的 API 密钥（aistudio.google.com → Get API key）。生成图像需要已启用结算的项目。</translation>
    </message>
    <message>
        <source>A service-account key file (JSON) from the Google Cloud console. Drop the file here; the project is read from it.</source>
        <translation>来自 Google Cloud 控制台的服务账号密钥文件（JSON）。将文件拖放到此处；项目将从文件中读取。</translation>
    </message>
    <message>
        <source>An API key for Vertex AI express mode (no project needed).</source>
        <translation>用于 Vertex AI 快速模式的 API 密钥（无需项目）。</translation>
    </message>
    <message>
        <source>A relay or gateway that speaks the OpenAI images API (LiteLLM and others): its base URL and key. The gateway retries by itself, so the app sends each request once (one retry layer, not two).</source>
        <translation>支持 OpenAI 图像 API 的中继或网关（LiteLLM 等）：其基础 URL 和密钥。网关会自行重试，因此应用对每个请求只发送一次（只有一层重试，而非两层）。</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Service tier</source>
        <translation>服务层级</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Flex: half price, answers may take minutes</source>
        <translation>Flex：半价，响应可能需要几分钟</translation>
    </message>
    <message>
        <source>Priority: faster, costs more</source>
        <translation>Priority：更快，费用更高</translation>
    </message>
    <message>
        <source>Google&apos;s service tier for this connection; a model that refuses it gets Standard from then on</source>
        <translation>此连接使用的 Google 服务层级；如果模型拒绝该层级，此后将改用 Standard</translation>
    </message>
    <message>
        <source>optional: a relay, private endpoint or the emulator</source>
        <translation>可选：中继、专用端点或模拟器</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>A real call to check the key, project and model: free at Google; through a gateway, one tiny text request (a fraction of a cent)</source>
        <translation>实际调用一次以检查密钥、项目和模型：在 Google 上免费；通过网关时发送一个极小的文本请求（不到 1 美分）</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>同时运行的任务数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>未更改（存储在钥匙串中）</translation>
    </message>
    <message>
        <source>required: https://…</source>
        <translation>必填：https://…</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>服务账号密钥文件</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>“{name}” cannot be read.</source>
        <translation>无法读取“{name}”。</translation>
    </message>
    <message>
        <source>✗ {name}: drop another key file here</source>
        <translation>✗ {name}：请将其他密钥文件拖放到此处</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through this connection</source>
        <translation>通过此连接同时发送的任务数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Requests per minute through this connection (0: no limit), kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>通过此连接每分钟发送的请求数（0：无限制），由本应用控制，以免触及 Google 的速率限制</translation>
    </message>
    <message>
        <source>as in Settings → Queue ({current})</source>
        <translation>与“设置 → 队列”相同（{current}）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Enter the {secret} first.</source>
        <translation>请先输入{secret}。</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <source>Vertex AI express mode</source>
        <translation>Vertex AI 快速模式</translation>
    </message>
    <message>
        <source>OpenAI-compatible gateway</source>
        <translation>OpenAI 兼容网关</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>服务账号密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>A gateway connection needs its base URL (for example https://relay.example.com).</source>
        <translation>网关连接需要基础 URL（例如 https://relay.example.com）。</translation>
    </message>
    <message>
        <source>The base URL “{url}” must start with https:// (or http://).</source>
        <translation>基础 URL“{url}”必须以 https://（或 http://）开头。</translation>
    </message>
    <message>
        <source>The service tier “{tier}” is not one of {choices}.</source>
        <translation>服务层级“{tier}”不在 {choices} 之中。</translation>
    </message>
    <message>
        <source>A Vertex connection needs a project ID (it is usually read from the service-account file).</source>
        <translation>Vertex 连接需要项目 ID（通常从服务账号文件中读取）。</translation>
    </message>
    <message>
        <source>The {label} is empty.</source>
        <translation>{label}为空。</translation>
    </message>
    <message>
        <source>The secret of “{name}” is not in the keychain any more; enter it again.</source>
        <translation>“{name}”的机密信息已不在钥匙串中，请重新输入。</translation>
    </message>
    <message>
        <source>The {label} for “{name}” is not in the keychain any more. Edit the connection and enter it again.</source>
        <translation>“{name}”的{label}已不在钥匙串中。请编辑该连接并重新输入。</translation>
    </message>
    <message>
        <source>The key stored for “{name}”</source>
        <translation>为“{name}”存储的密钥</translation>
    </message>
    <message>
        <source>An invisible byte-order mark at the start of the {label} was removed.</source>
        <translation>已移除{label}开头的不可见字节顺序标记。</translation>
    </message>
    <message>
        <source>The {label} has {character} inside it (character {position}); it must be one line of letters and digits. Copy it again from the console.</source>
        <translation>{label}中含有{character}（第 {position} 个字符）；它必须是一行字母和数字。请从控制台重新复制。</translation>
    </message>
    <message>
        <source>The {label} contains a character that is not plain ASCII (character {position}); it may only have letters, digits and a few marks. Copy it again from the console.</source>
        <translation>{label}中含有非普通 ASCII 的字符（第 {position} 个字符）；它只能包含字母、数字和少量符号。请从控制台重新复制。</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>NUL 字符</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>an invisible character</source>
        <translation>不可见字符</translation>
    </message>
    <message>
        <source>{path} is not a regular file; choose the JSON key file itself.</source>
        <translation>{path} 不是常规文件；请选择 JSON 密钥文件本身。</translation>
    </message>
    <message>
        <source>The service-account file {path} cannot be read.</source>
        <translation>无法读取服务账号文件 {path}。</translation>
    </message>
    <message>
        <source>{source} is {size} KB; a Google service-account key file is about 2 KB (at most {limit} KB is accepted). Choose the JSON key file the Google Cloud console downloaded.</source>
        <translation>{source} 大小为 {size} KB；Google 服务账号密钥文件约为 2 KB（最多接受 {limit} KB）。请选择从 Google Cloud 控制台下载的 JSON 密钥文件。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) and sign in to a desktop session, then try again.</source>
        <translation>没有可用的系统钥匙串，因此无法安全地存储机密信息。请安装并解锁 Secret Service 钥匙串（GNOME Keyring 或 KWallet），登录桌面会话，然后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the secret cannot be stored safely. Check that your system keychain is unlocked, then try again.</source>
        <translation>没有可用的系统钥匙串，因此无法安全地存储机密信息。请确认系统钥匙串已解锁，然后重试。</translation>
    </message>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>系统钥匙串已锁定。请解锁后重试。</translation>
    </message>
    <message>
        <source>The system keychain refused to store or read the secret.</source>
        <translation>系统钥匙串拒绝存储或读取机密信息。</translation>
    </message>
    <message>
        <source>“{name}” works: {service} accepted the credentials for {model}.</source>
        <translation>“{name}”可以使用：{service} 已接受 {model} 的凭据。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The gateway accepted the key but does not list the model “{model}” (it lists: {models}).</source>
        <translation>网关已接受密钥，但未列出模型“{model}”（列出的有：{models}）。</translation>
    </message>
    <message>
        <source>“{name}” works: the gateway accepted the key, lists {model}, and the model answered a one-word test through it.</source>
        <translation>“{name}”可以使用：网关已接受密钥并列出了 {model}，模型也通过网关响应了一次单词测试。</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}. It offers no small request that reaches the model, so whether the model answers shows with the first image.</source>
        <translation>就网关所能显示的而言，“{name}”可以使用：网关已接受密钥并列出了 {model}。网关不提供能到达模型的小型请求，因此模型是否响应，生成第一张图像时即可知道。</translation>
    </message>
    <message>
        <source>The gateway accepted your key and lists {model}, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>网关已接受您的密钥并列出了 {model}，但其后端服务拒绝了网关自身的凭据（HTTP {status}）。请让网关的运营方检查这些凭据。</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but has no free capacity for it right now (HTTP 429): {said}</source>
        <translation>网关已接受密钥并列出了 {model}，但目前没有可供该模型使用的空闲容量（HTTP 429）：{said}</translation>
    </message>
    <message>
        <source>The gateway accepted the key and lists {model}, but could not get an answer from the model behind it (HTTP {status}): {said}</source>
        <translation>网关已接受密钥并列出了 {model}，但无法从其后端模型获得响应（HTTP {status}）：{said}</translation>
    </message>
    <message>
        <source>“{name}” works as far as the gateway shows: it accepted the key and lists {model}, but refused the small test request (HTTP {status}: {said}), so whether the model answers shows with the first image.</source>
        <translation>就网关所能显示的而言，“{name}”可以使用：网关已接受密钥并列出了 {model}，但拒绝了小型测试请求（HTTP {status}：{said}），因此模型是否响应，生成第一张图像时即可知道。</translation>
    </message>
</context>
<context>
    <name>ContentCredentialsPage</name>
    <message>
        <source>none: this computer&apos;s own certificate</source>
        <translation>无：本计算机自有的证书</translation>
    </message>
    <message>
        <source>Signing certificate file</source>
        <translation>签名证书文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own</source>
        <translation>使用本计算机自有的证书</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Check certificate</source>
        <translation>检查证书</translation>
    </message>
    <message>
        <source>none (e.g. {url})</source>
        <translation>无（例如 {url}）</translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation>时间戳服务器</translation>
    </message>
    <message>
        <source>Signing certificate status</source>
        <translation>签名证书状态</translation>
    </message>
    <message>
        <source>Exports that change a file get new Content Credentials (C2PA) with Google&apos;s as their ingredient, signed by:</source>
        <translation>会更改文件的导出将获得新的内容凭据 (C2PA)，并以 Google 的凭据作为其成分，签名者为：</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>证书（PEM 或 PKCS#12）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signed with this computer&apos;s own certificate.</source>
        <translation>已使用本计算机自有的证书签名。</translation>
    </message>
    <message>
        <source>✓ “{signer}” can sign Content Credentials until {date}.</source>
        <translation>✓“{signer}”可在 {date} 之前为内容凭据签名。</translation>
    </message>
    <message>
        <source>Your certificate is used; press Check certificate to test it.</source>
        <translation>将使用您的证书；按“检查证书”进行测试。</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <source>Certificates with key (*.pem *.p12 *.pfx)</source>
        <translation>含密钥的证书 (*.pem *.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>至（含）</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit this image</source>
        <translation>编辑此图像</translation>
    </message>
    <message>
        <source>What should change? (Google sees the image and the conversation so far.)</source>
        <translation>需要修改什么？（Google 会看到图像和目前为止的对话。）</translation>
    </message>
    <message>
        <source>What should change</source>
        <translation>需要修改的内容</translation>
    </message>
    <message>
        <source>e.g. make the sky stormy   ({keys} queues it)</source>
        <translation>例如：让天空变得风雨交加   （按 {keys} 加入队列）</translation>
    </message>
    <message>
        <source>Queue edit</source>
        <translation>将编辑加入队列</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Re-rendered at {size}</source>
        <translation>已按 {size} 重新渲染</translation>
    </message>
    <message>
        <source>Re-rendered at a larger size</source>
        <translation>已按更大尺寸重新渲染</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>Generated: {prompt}</source>
        <translation>生成：{prompt}</translation>
    </message>
    <message>
        <source>Edit: {prompt}</source>
        <translation>编辑：{prompt}</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>编辑历史记录</translation>
    </message>
    <message>
        <source>Show an image to see its edits.</source>
        <translation>显示一张图像即可查看其编辑。</translation>
    </message>
    <message>
        <source>Branch from this turn…</source>
        <translation>从此轮创建分支…</translation>
    </message>
    <message>
        <source>Edit the chosen turn: a new branch, leaving later edits as they are</source>
        <translation>编辑所选的轮次：创建新分支，之后的编辑保持不变</translation>
    </message>
    <message>
        <source>A single turn: no edits yet.</source>
        <translation>只有一轮：尚无编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n turns in this edit tree.</source>
        <translation>
            <numerusform>此编辑树中有 %n 轮。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>&lt;b&gt;Your library is empty.&lt;/b&gt;&lt;br&gt;Every image you generate lands here. Write a prompt in Compose and press {keys}.</source>
        <translation>&lt;b&gt;图库为空。&lt;/b&gt;&lt;br&gt;生成的每张图像都会出现在这里。在“撰写”中输入提示词，然后按 {keys}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image matches the search and filters.&lt;/b&gt;&lt;br&gt;“Clear filters” shows the whole library again.</source>
        <translation>&lt;b&gt;没有与搜索和筛选条件匹配的图像。&lt;/b&gt;&lt;br&gt;“清除筛选”可重新显示整个图库。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This board is empty.&lt;/b&gt;&lt;br&gt;Drag images onto it in the list, or select images and press B.</source>
        <translation>&lt;b&gt;此看板为空。&lt;/b&gt;&lt;br&gt;在列表中将图像拖到看板上，或选择图像后按 B。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The queue is empty.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}: jobs wait and run here, with their progress, time and cost.</source>
        <translation>&lt;b&gt;队列为空。&lt;/b&gt;&lt;br&gt;在“撰写”中输入提示词，然后按 {keys}：任务会在这里等待并运行，并显示进度、时间和费用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No image yet.&lt;/b&gt;&lt;br&gt;Write a prompt in Compose and press {keys}, or open an image from the Library.</source>
        <translation>&lt;b&gt;还没有图像。&lt;/b&gt;&lt;br&gt;在“撰写”中输入提示词，然后按 {keys}，或者从图库中打开一张图像。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n image(s)</source>
        <translation>
            <numerusform>导出 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>保存为预设…</translation>
    </message>
    <message>
        <source>Original (exact copy)</source>
        <translation>原始文件（完全相同的副本）</translation>
    </message>
    <message>
        <source>JPEG quality</source>
        <translation>JPEG 品质</translation>
    </message>
    <message>
        <source>Estimated file size</source>
        <translation>估计文件大小</translation>
    </message>
    <message>
        <source>4:4:4 keeps full colour detail (print); 4:2:0 is smaller (web)</source>
        <translation>4:4:4 保留完整的颜色细节（印刷）；4:2:0 文件更小（网页）</translation>
    </message>
    <message>
        <source>Progressive</source>
        <translation>渐进式</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>长边</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信纸</translation>
    </message>
    <message>
        <source>Embed sRGB</source>
        <translation>嵌入 sRGB</translation>
    </message>
    <message>
        <source>Convert to profile…</source>
        <translation>转换为配置文件…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置文件</translation>
    </message>
    <message>
        <source>an RGB or CMYK .icc profile (e.g. from your print shop)</source>
        <translation>RGB 或 CMYK .icc 配置文件（例如由印刷厂提供）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>相对比色</translation>
    </message>
    <message>
        <source>perceptual</source>
        <translation>可感知</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>饱和度</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>绝对比色</translation>
    </message>
    <message>
        <source>Prompt, model and AI source (XMP)</source>
        <translation>提示词、模型和 AI 来源 (XMP)</translation>
    </message>
    <message>
        <source>Strip everything</source>
        <translation>全部去除</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>Keep Google&apos;s and sign what this export changes</source>
        <translation>保留 Google 的凭据，并为此次导出所做的更改签名</translation>
    </message>
    <message>
        <source>Strip all provenance</source>
        <translation>去除所有来源信息</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) say who made the image and how it was changed. {signer_note}</source>
        <translation>内容凭据 (C2PA) 说明图像由谁创建以及如何被更改。{signer_note}</translation>
    </message>
    <message>
        <source>Compression warning</source>
        <translation>压缩警告</translation>
    </message>
    <message>
        <source>Use Original instead</source>
        <translation>改用“原始”</translation>
    </message>
    <message>
        <source>Re-encode anyway</source>
        <translation>仍然重新编码</translation>
    </message>
    <message>
        <source>Write a CSV of the metadata</source>
        <translation>写入元数据 CSV</translation>
    </message>
    <message>
        <source>Make a contact sheet (PDF)</source>
        <translation>制作联系表 (PDF)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Chroma</source>
        <translation>色度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Rendering intent</source>
        <translation>渲染方法</translation>
    </message>
    <message>
        <source>TIFF bits</source>
        <translation>TIFF 位深度</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi (the image is smaller than the paper at this ppi)</source>
        <translation>在 {paper} 上的有效分辨率：{ppi} ppi（在此 ppi 下图像小于纸张）</translation>
    </message>
    <message>
        <source>Effective resolution on {paper}: {ppi} ppi</source>
        <translation>在 {paper} 上的有效分辨率：{ppi} ppi</translation>
    </message>
    <message>
        <source>Google already sent JPEG: its data is kept as it is (no second compression); only size information and metadata are added.</source>
        <translation>Google 发送的已是 JPEG：其数据保持原样（不再二次压缩），只添加尺寸信息和元数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Second compression:&lt;/b&gt; Google already sent JPEG, and this preset compresses it again, losing detail. Use Original to hand over Google&apos;s file unchanged.</source>
        <translation>&lt;b&gt;二次压缩：&lt;/b&gt;Google 发送的已是 JPEG，此预设会再次压缩，导致细节损失。使用“原始”可原样交付 Google 的文件。</translation>
    </message>
    <message>
        <source>Estimating size…</source>
        <translation>正在估计大小…</translation>
    </message>
    <message>
        <source>About {size} each (first image)</source>
        <translation>每张约 {size}（按第一张图像）</translation>
    </message>
    <message>
        <source>About {size}</source>
        <translation>约 {size}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>预设名称：</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>颜色配置文件</translation>
    </message>
    <message>
        <source>ICC profiles (*.icc *.icm)</source>
        <translation>ICC 配置文件 (*.icc *.icm)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Canceling after the current image…</source>
        <translation>正在取消（完成当前图像后）…</translation>
    </message>
    <message>
        <source>Strip all provenance?</source>
        <translation>去除所有来源信息？</translation>
    </message>
    <message>
        <source>{explanation}

Strip it?</source>
        <translation>{explanation}

确定去除？</translation>
    </message>
    <message>
        <source>Export without Content Credentials?</source>
        <translation>不带内容凭据导出？</translation>
    </message>
    <message>
        <source>{problem}

Export anyway without new Content Credentials? The exported files will then not carry Google&apos;s Content Credentials either (the Original preset keeps them).</source>
        <translation>{problem}

仍然不带新的内容凭据导出？这样导出的文件也将不含 Google 的内容凭据（“原始”预设会保留它们）。</translation>
    </message>
    <message>
        <source>Nothing exported: provenance was not stripped.</source>
        <translation>未导出任何内容：未去除来源信息。</translation>
    </message>
    <message>
        <source>{number} of {total}: {name}</source>
        <translation>第 {number} / {total} 张：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n images · {preset}</source>
        <translation>
            <numerusform>%n 张图像 · {preset}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n exported to {folder}.</source>
        <translation>
            <numerusform>已取消：已将 %n 张导出到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported to {folder}.</source>
        <translation>
            <numerusform>已将 %n 张导出到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{exported} The prompt of %n of them was too long for a JPEG&apos;s metadata, so it is shortened there; the full text stays in the library.</source>
        <translation>
            <numerusform>{exported} 其中 %n 张的提示词过长，无法完整写入 JPEG 元数据，因此在元数据中已被截短；完整文本仍保留在图库中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <source>The image {name} cannot be read from the library.</source>
        <translation>无法从图库读取图像 {name}。</translation>
    </message>
    <message>
        <source>PNG cannot hold CMYK: choose JPEG or TIFF for a CMYK profile.</source>
        <translation>PNG 无法包含 CMYK：如需使用 CMYK 配置文件，请选择 JPEG 或 TIFF。</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”.</source>
        <translation>未知的导出格式“{format}”。</translation>
    </message>
    <message>
        <source>The colour profile {name} cannot be read.</source>
        <translation>无法读取颜色配置文件 {name}。</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>The sRGB colour profile is missing from this installation; reinstall the app.</source>
        <translation>此安装中缺少 sRGB 颜色配置文件；请重新安装应用。</translation>
    </message>
    <message>
        <source>The export could not be written to {folder}.</source>
        <translation>无法将导出内容写入 {folder}。</translation>
    </message>
    <message>
        <source>The source is not a JPEG file.</source>
        <translation>源文件不是 JPEG 文件。</translation>
    </message>
    <message>
        <source>A metadata block is too large for a JPEG segment.</source>
        <translation>元数据块过大，无法放入 JPEG 段。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Web JPEG</source>
        <translation>网页 JPEG</translation>
    </message>
    <message>
        <source>Print JPEG</source>
        <translation>印刷 JPEG</translation>
    </message>
    <message>
        <source>Print TIFF</source>
        <translation>印刷 TIFF</translation>
    </message>
    <message>
        <source>There is no export preset “{name}” (presets: {presets}).</source>
        <translation>没有导出预设“{name}”（预设：{presets}）。</translation>
    </message>
</context>
<context>
    <name>ExportingMimeData</name>
    <message>
        <source>Preparing the dropped files…</source>
        <translation>正在准备拖放的文件…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Recent results</source>
        <translation>最近的结果</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Search prompts and replies</source>
        <translation>搜索提示词和回复</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索图库</translation>
    </message>
    <message>
        <source>Picks only</source>
        <translation>仅显示留用</translation>
    </message>
    <message>
        <source>Show only picked images</source>
        <translation>仅显示标记为留用的图像</translation>
    </message>
    <message>
        <source>Hide rejects</source>
        <translation>隐藏已排除</translation>
    </message>
    <message>
        <source>Hide rejected images</source>
        <translation>隐藏标记为排除的图像</translation>
    </message>
    <message>
        <source>Has edits</source>
        <translation>有编辑</translation>
    </message>
    <message>
        <source>Only images that are part of an edit history</source>
        <translation>仅显示属于编辑历史记录的图像</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>Only images with Content Credentials (a C2PA manifest)</source>
        <translation>仅显示带内容凭据（C2PA 清单）的图像</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>任意星级</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>任意色标</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>色标</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Any connection</source>
        <translation>任意连接</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>任意模型</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任意尺寸</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Any ratio</source>
        <translation>任意比例</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show everything again (search words and filters)</source>
        <translation>重新显示全部内容（搜索词和筛选）</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩览图大小</translation>
    </message>
    <message>
        <source>Date, label, connection, model, size, ratio, edits, Content Credentials</source>
        <translation>日期、色标、连接、模型、尺寸、比例、编辑、内容凭据</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <source>More filters ({count})</source>
        <translation>更多筛选（{count}）</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Paste an API key (the quickest start).</source>
        <translation>粘贴 API 密钥（最快的开始方式）。</translation>
    </message>
    <message>
        <source>Drop a service-account key file; project and location are filled in.</source>
        <translation>拖放服务账号密钥文件；项目和位置会自动填写。</translation>
    </message>
    <message>
        <source>An express-mode API key.</source>
        <translation>快速模式的 API 密钥。</translation>
    </message>
    <message>
        <source>A relay&apos;s base URL and key.</source>
        <translation>中继的基础 URL 和密钥。</translation>
    </message>
    <message>
        <source>Welcome to nbp-desktop</source>
        <translation>欢迎使用 nbp-desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connect your Google account&lt;/h3&gt;Images are made with your own account and billed by Google. Your key is kept in the system keychain.</source>
        <translation>&lt;h3&gt;连接您的 Google 账号&lt;/h3&gt;图像使用您自己的账号生成，并由 Google 计费。您的密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Explore first with the built-in emulator</source>
        <translation>先使用内置模拟器体验</translation>
    </message>
    <message>
        <source>Everything works locally with placeholder images; nothing is billed. Add a connection later in Settings.</source>
        <translation>所有功能都在本地使用占位图像运行；不会产生任何费用。稍后可在“设置”中添加连接。</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>GalleryDelegate</name>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{width} × {height}, {marks} — file missing</source>
        <translation>{width} × {height}，{marks} — 文件缺失</translation>
    </message>
    <message>
        <source>{width} × {height}, {marks}</source>
        <translation>{width} × {height}，{marks}</translation>
    </message>
</context>
<context>
    <name>GalleryPanel</name>
    <message>
        <source>Gallery status</source>
        <translation>图库状态</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>返回我的图库</translation>
    </message>
    <message>
        <source>New board…</source>
        <translation>新建看板…</translation>
    </message>
    <message>
        <source>A board collects images; an image can be on several boards</source>
        <translation>看板用于收集图像；一张图像可以位于多个看板中</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move the selected images to the trash ({delete}); undo with {undo}</source>
        <translation>将所选图像移到回收站 ({delete})；可用 {undo} 撤销</translation>
    </message>
    <message>
        <source>Add to target board</source>
        <translation>添加到目标看板</translation>
    </message>
    <message>
        <source>Add the selection to the board chosen last (B)</source>
        <translation>将所选图像添加到上次选择的看板 (B)</translation>
    </message>
    <message>
        <source>Counting images…</source>
        <translation>正在统计图像…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} images</source>
        <translation>
            <numerusform>{shown} / {total} 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} images</source>
        <translation>
            <numerusform>{shown} 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{selected} selected</source>
        <translation>
            <numerusform>已选择 {selected} 张</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>已重做：{step}。</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>已撤销：{step}。</translation>
    </message>
    <message>
        <source>{message} Undo with {keys}.</source>
        <translation>{message} 可用 {keys} 撤销。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again read-write to change ratings, boards or files.</source>
        <translation>此图库以只读方式打开。要更改星级、看板或文件，请以读写方式重新打开。</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>撤销{step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>重做{step}</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>该看板</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>新建看板</translation>
    </message>
    <message>
        <source>Board name:</source>
        <translation>看板名称：</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>重命名看板</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>放大视图</translation>
    </message>
    <message>
        <source>Use all settings</source>
        <translation>使用全部设置</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>使用提示词</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>添加到看板</translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>从“{board}”中移除</translation>
    </message>
    <message>
        <source>Select two images to compare.</source>
        <translation>请选择两张图像进行比较。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-only). New images still go to your own library.</source>
        <translation>正在查看 {folder} 中的图库（只读）。新图像仍会保存到您自己的图库。</translation>
    </message>
    <message>
        <source>Viewing the library in {folder} (read-write). New images still go to your own library.</source>
        <translation>正在查看 {folder} 中的图库（读写）。新图像仍会保存到您自己的图库。</translation>
    </message>
</context>
<context>
    <name>GalleryText</name>
    <message>
        <source>Pick</source>
        <translation>已留用</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>damaged Content Credentials</source>
        <translation>已损坏的内容凭据</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the marks of one image</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Unmarked</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>打开图库</translation>
    </message>
    <message>
        <source>Open the library in “{folder}”</source>
        <translation>打开“{folder}”中的图库</translation>
    </message>
    <message>
        <source>Read-only never changes it (safe for a shared drive or another person&apos;s library). Read-write lets you rate, flag, collect and delete there.</source>
        <translation>只读方式永远不会更改图库（适用于共享驱动器或他人的图库）。读写方式允许您在其中设置星级、标记、添加到看板和删除。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Open read-write</source>
        <translation>以读写方式打开</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash, so it was not deleted. The folder may be read-only, or this drive has no trash.</source>
        <translation>无法将“{name}”移到回收站，因此未删除。该文件夹可能是只读的，或此驱动器没有回收站。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>图库网格</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>放大视图</translation>
    </message>
    <message>
        <source>Compare the selection</source>
        <translation>比较所选图像</translation>
    </message>
    <message>
        <source>Add to the last board</source>
        <translation>添加到上一个看板</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Open in the Generate tab</source>
        <translation>在“生成”选项卡中打开</translation>
    </message>
</context>
<context>
    <name>GenerationText</name>
    <message>
        <source>Interrupted — may have been billed. The app stopped while this job was running; run it again if you still want the image.</source>
        <translation>已中断 — 可能已计费。此任务运行时应用已停止；如果仍需要该图像，请重新运行。</translation>
    </message>
    <message>
        <source>it is a folder, not an image file</source>
        <translation>这是一个文件夹，不是图像文件</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device)</source>
        <translation>这不是常规文件（而是管道、套接字或设备）</translation>
    </message>
    <message>
        <source>it is {size} MB; the largest file accepted is {limit} MB</source>
        <translation>大小为 {size} MB；可接受的最大文件为 {limit} MB</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>无法读取文件（权限被拒绝）</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself (a symbolic link loop)</source>
        <translation>这是一个指向自身的链接（符号链接循环）</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>it is not an image file (PNG, JPEG, WebP, HEIC or HEIF), a PDF or a video</source>
        <translation>它既不是图像文件（PNG、JPEG、WebP、HEIC 或 HEIF），也不是 PDF 或视频</translation>
    </message>
    <message>
        <source>it is {size} MB, and Google takes PDFs and videos sent with a prompt up to {limit} MB</source>
        <translation>大小为 {size} MB，而 Google 接受随提示词发送的 PDF 和视频最大为 {limit} MB</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete, so it cannot be read</source>
        <translation>PDF 已损坏或不完整，无法读取</translation>
    </message>
    <message>
        <source>the PDF is password-protected, so Google cannot read it</source>
        <translation>PDF 受密码保护，Google 无法读取</translation>
    </message>
    <message>
        <source>Save a copy without a password first.</source>
        <translation>请先另存一份不带密码的副本。</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF 没有任何页面</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, and Google reads at most {limit}</source>
        <translation>PDF 有 {pages} 页，而 Google 最多读取 {limit} 页</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference: {reason}.</source>
        <translation>“{name}”无法用作参考：{reason}。</translation>
    </message>
    <message>
        <source>This reference cannot be used: {reason}.</source>
        <translation>无法使用此参考：{reason}。</translation>
    </message>
    <message>
        <source>This reference image cannot be used: {reason}.</source>
        <translation>无法使用此参考图像：{reason}。</translation>
    </message>
    <message>
        <source>Google does not accept {type} images; use PNG, JPEG or WebP</source>
        <translation>Google 不接受 {type} 图像；请使用 PNG、JPEG 或 WebP</translation>
    </message>
    <message>
        <source>it is {size} MB, over Google&apos;s 7 MB limit, and HEIC files cannot be shrunk here; export it as JPEG first</source>
        <translation>大小为 {size} MB，超过 Google 的 7 MB 上限，而 HEIC 文件无法在此缩小；请先将其导出为 JPEG</translation>
    </message>
    <message>
        <source>Use fewer pages or a smaller export of the PDF.</source>
        <translation>请减少页数，或将 PDF 导出为更小的文件。</translation>
    </message>
    <message>
        <source>Use a shorter or smaller clip.</source>
        <translation>请使用更短或更小的视频片段。</translation>
    </message>
    <message>
        <source>it is {width} × {height} pixels, more than the {limit} megapixels accepted</source>
        <translation>尺寸为 {width} × {height} 像素，超过可接受的 {limit} 百万像素</translation>
    </message>
    <message>
        <source>it claims more than {limit} megapixels (a damaged or malicious file)</source>
        <translation>声称超过 {limit} 百万像素（文件已损坏或为恶意文件）</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete, so the image cannot be read</source>
        <translation>文件已损坏或不完整，无法读取图像</translation>
    </message>
    <message>
        <source>the image could not be read ({reason})</source>
        <translation>无法读取图像（{reason}）</translation>
    </message>
    <message>
        <source>it could not be made small enough for Google&apos;s 7 MB limit</source>
        <translation>无法将其缩小到 Google 的 7 MB 上限以内</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a reference image: {reason}.</source>
        <translation>“{name}”无法用作参考图像：{reason}。</translation>
    </message>
</context>
<context>
    <name>GoogleText</name>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>{source} is not a usable service-account key ({reason}): download a new JSON key in Google Cloud console → IAM → Service accounts → Keys.</source>
        <translation>{source} 不是可用的服务账号密钥（{reason}）：请在 Google Cloud 控制台 → IAM → 服务账号 → 密钥中下载新的 JSON 密钥。</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>它不是 JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>it is an OAuth client file, not a service-account key</source>
        <translation>它是 OAuth 客户端文件，不是服务账号密钥</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>its type is “{type}”, not “service_account”</source>
        <translation>其类型为“{type}”，而不是“service_account”</translation>
    </message>
    <message>
        <source>it has no {fields}</source>
        <translation>它缺少 {fields}</translation>
    </message>
    <message>
        <source>its private_key is not a PEM key</source>
        <translation>其 private_key 不是 PEM 密钥</translation>
    </message>
    <message>
        <source>its private key cannot be read</source>
        <translation>无法读取其私钥</translation>
    </message>
    <message>
        <source>Google did not accept the service-account key (its key may have been deleted or the account disabled). Create a new JSON key and add the connection again.</source>
        <translation>Google 未接受该服务账号密钥（密钥可能已被删除，或账号已停用）。请创建新的 JSON 密钥，然后重新添加连接。</translation>
    </message>
    <message>
        <source>Your API key was rejected. Check that you copied the whole key and that it belongs to the right project.</source>
        <translation>您的 API 密钥被拒绝。请检查是否复制了完整的密钥，以及它是否属于正确的项目。</translation>
    </message>
    <message>
        <source>Billing is not enabled for this project. Image generation needs a Google Cloud project with billing turned on.</source>
        <translation>此项目未启用结算。生成图像需要一个已启用结算的 Google Cloud 项目。</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in for this connection. The service account may have been deleted or its key revoked; add the connection again with a current key file.</source>
        <translation>Google 未接受此连接的登录。服务账号可能已被删除或其密钥已被撤销；请使用有效的密钥文件重新添加连接。</translation>
    </message>
    <message>
        <source>The API is not enabled for this project. Enable it in the Google Cloud console, wait a minute, then try again.</source>
        <translation>此项目未启用该 API。请在 Google Cloud 控制台中启用它，等待一分钟后重试。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Give the service account the “Vertex AI User” role.</source>
        <translation>此账号无权使用该模型（权限被拒绝）。请为服务账号授予“Vertex AI User”角色。</translation>
    </message>
    <message>
        <source>This account is not allowed to use the model (permission denied). Check the key&apos;s API restrictions.</source>
        <translation>此账号无权使用该模型（权限被拒绝）。请检查密钥的 API 限制。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may not be offered in region “{location}”: try the location “global”.</source>
        <translation>找不到模型“{model}”。该模型可能未在区域“{location}”中提供：请尝试位置“global”。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. It may have been retired: try the model “gemini-3-pro-image”.</source>
        <translation>找不到模型“{model}”。该模型可能已停用：请尝试模型“gemini-3-pro-image”。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found. Check the model name and the location.</source>
        <translation>找不到模型“{model}”。请检查模型名称和位置。</translation>
    </message>
    <message>
        <source>Google is overloaded right now.</source>
        <translation>Google 当前负载过高。</translation>
    </message>
    <message>
        <source>Google took too long to answer (request timeout).</source>
        <translation>Google 响应时间过长（请求超时）。</translation>
    </message>
    <message>
        <source>Google had an internal problem (HTTP {status}).</source>
        <translation>Google 出现内部问题（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The prompt was blocked by the service&apos;s safety filter.</source>
        <translation>提示词被服务的安全过滤器拦截。</translation>
    </message>
    <message>
        <source>Google does not take this service tier for the model “{model}”.</source>
        <translation>Google 不为模型“{model}”提供此服务层级。</translation>
    </message>
    <message>
        <source>Google refused the request: {reason}</source>
        <translation>Google 拒绝了请求：{reason}</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses.</source>
        <translation>网关拒绝了 API 密钥（HTTP {status}）。请检查此连接使用的密钥。</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP {status}).</source>
        <translation>网关返回了网页而不是数据（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The gateway took your key, but the service behind it refused the gateway&apos;s own credentials (HTTP {status}). Ask the gateway&apos;s operator to check them.</source>
        <translation>网关接受了您的密钥，但其后端服务拒绝了网关自身的凭据（HTTP {status}）。请让网关的运营方检查这些凭据。</translation>
    </message>
    <message>
        <source>The gateway refused the API key (HTTP {status}). Check the key this connection uses for the gateway.</source>
        <translation>网关拒绝了 API 密钥（HTTP {status}）。请检查此连接用于网关的密钥。</translation>
    </message>
    <message>
        <source>The gateway answered that its rate limit is reached (HTTP 429).</source>
        <translation>网关返回已达到其速率限制（HTTP 429）。</translation>
    </message>
    <message>
        <source>The gateway does not serve the model “{model}” (HTTP {status}). Check the model name in the connection.</source>
        <translation>网关不提供模型“{model}”（HTTP {status}）。请检查连接中的模型名称。</translation>
    </message>
    <message>
        <source>The gateway answered that the prompt was blocked by a safety filter.</source>
        <translation>网关返回提示词被安全过滤器拦截。</translation>
    </message>
    <message>
        <source>The gateway answered that the model is unavailable: {reason}</source>
        <translation>网关返回该模型不可用：{reason}</translation>
    </message>
    <message>
        <source>The gateway answered with an error (HTTP {status}): {reason}</source>
        <translation>网关返回错误（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP {status}): {reason}</source>
        <translation>网关拒绝了请求（HTTP {status}）：{reason}</translation>
    </message>
    <message>
        <source>Quota for today is used up; it resets at 00:00 Pacific (in {wait}).</source>
        <translation>今天的配额已用完；将于太平洋时间 00:00 重置（{wait}后）。</translation>
    </message>
    <message>
        <source>The per-minute quota is used up.</source>
        <translation>每分钟配额已用完。</translation>
    </message>
    <message>
        <source>Google&apos;s capacity for this model is busy (rate limited).</source>
        <translation>Google 为此模型提供的容量正忙（速率受限）。</translation>
    </message>
    <message>
        <source>Access was refused (HTTP {status}) before the request reached the model.</source>
        <translation>请求到达模型之前访问即被拒绝（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data (HTTP {status}).</source>
        <translation>服务器（或中间的代理）返回了网页而不是数据（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The stored key has a line break, tab or other invisible character inside it, so it cannot be sent. Edit the connection and paste the key again.</source>
        <translation>存储的密钥中含有换行符、制表符或其他不可见字符，因此无法发送。请编辑该连接并重新粘贴密钥。</translation>
    </message>
    <message>
        <source>Google did not answer within {seconds} s. The request timed out.</source>
        <translation>Google 未在 {seconds} 秒内响应。请求已超时。</translation>
    </message>
    <message>
        <source>Google did not answer. The request timed out.</source>
        <translation>Google 未响应。请求已超时。</translation>
    </message>
    <message>
        <source>A secure connection could not be set up (TLS certificate problem). A proxy or antivirus may be intercepting traffic; set its certificate in Settings → Network.</source>
        <translation>无法建立安全连接（TLS 证书问题）。可能有代理或杀毒软件在拦截流量；请在“设置 → 网络”中设置其证书。</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be looked up. Check your internet connection (or the base URL).</source>
        <translation>无法解析服务器地址。请检查您的互联网连接（或基础 URL）。</translation>
    </message>
    <message>
        <source>The connection broke while the image was downloading.</source>
        <translation>下载图像时连接中断。</translation>
    </message>
    <message>
        <source>Could not reach the server. Check your internet connection.</source>
        <translation>无法连接到服务器。请检查您的互联网连接。</translation>
    </message>
    <message>
        <source>AI Studio cannot choose the output format or JPEG quality (only Vertex can); leave them empty, or export the image as JPEG afterwards.</source>
        <translation>AI Studio 无法选择输出格式或 JPEG 质量（只有 Vertex 可以）；请将其留空，或之后将图像导出为 JPEG。</translation>
    </message>
    <message>
        <source>{model} does not take a thinking level (it always thinks). Leave the thinking level empty.</source>
        <translation>{model} 不接受思考级别（它始终会思考）。请将思考级别留空。</translation>
    </message>
    <message>
        <source>{model} accepts the thinking levels {levels}, not “{level}”.</source>
        <translation>{model} 接受的思考级别为 {levels}，不接受“{level}”。</translation>
    </message>
    <message>
        <source>{model} does not make {value} images. Choose one of {choices}.</source>
        <translation>{model} 不生成 {value} 的图像。请从 {choices} 中选择一个。</translation>
    </message>
    <message numerus="yes">
        <source>{model} takes at most {limit} reference images; %n were given.</source>
        <translation>
            <numerusform>{model} 最多接受 {limit} 张参考图像；但提供了 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF or video</source>
        <translation>PDF 或视频</translation>
    </message>
    <message>
        <source>{model} does not take {type} references ({name}); use images, or Nano Banana 2.1.</source>
        <translation>{model} 不接受 {type} 参考（{name}）；请使用图像，或使用 Nano Banana 2.1。</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>某个参考</translation>
    </message>
    <message>
        <source>{model} does not take the {tier} service tier; choose Standard for this connection.</source>
        <translation>{model} 不接受 {tier} 服务层级；请为此连接选择 Standard。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <source>Google&apos;s answer was not in the expected form.</source>
        <translation>Google 的响应不是预期的格式。</translation>
    </message>
    <message>
        <source>The prompt was blocked by Google&apos;s safety filter ({reason}). Rephrase it and try again.</source>
        <translation>提示词被 Google 的安全过滤器拦截（{reason}）。请换一种说法后重试。</translation>
    </message>
    <message>
        <source>Google answered without an image.</source>
        <translation>Google 的响应中没有图像。</translation>
    </message>
    <message>
        <source>The server (or a proxy in between) answered with a web page instead of data.</source>
        <translation>服务器（或中间的代理）返回了网页而不是数据。</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>响应在完成之前被截断。</translation>
    </message>
    <message>
        <source>The answer could not be read (malformed data).</source>
        <translation>无法读取响应（数据格式错误）。</translation>
    </message>
    <message>
        <source>The image in the answer could not be decoded.</source>
        <translation>无法解码响应中的图像。</translation>
    </message>
    <message>
        <source>The answer contained data that is not a readable image.</source>
        <translation>响应中包含的数据不是可读取的图像。</translation>
    </message>
    <message>
        <source>Google&apos;s safety filter withheld the image ({reason}): rephrase the prompt or use other reference images, since real people, brands and violent or explicit details are the usual triggers.</source>
        <translation>Google 的安全过滤器扣留了该图像（{reason}）：请改写提示词或使用其他参考图像，常见的触发因素是真实人物、品牌以及暴力或露骨的细节。</translation>
    </message>
    <message>
        <source>The image was withheld because it resembled existing material too closely ({reason}). Change the prompt and try again.</source>
        <translation>该图像因与现有素材过于相似而被扣留（{reason}）。请修改提示词后重试。</translation>
    </message>
    <message>
        <source>Google answered with text only, no image. Ask for an image explicitly in the prompt.</source>
        <translation>Google 只返回了文字，没有图像。请在提示词中明确要求生成图像。</translation>
    </message>
    <message>
        <source>Google did not make an image this time ({reason}).</source>
        <translation>Google 这次没有生成图像（{reason}）。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Waiting for Google…</source>
        <translation>正在等待 Google…</translation>
    </message>
    <message>
        <source>Downloading {received} of {total} MB</source>
        <translation>正在下载 {received} / {total} MB</translation>
    </message>
    <message>
        <source>Downloading {received} MB</source>
        <translation>正在下载 {received} MB</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <translation>正在解码…</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>{reason}; retrying in {wait} (attempt {attempt} of {attempts})</source>
        <translation>{reason} — {wait}后重试（第 {attempt} 次，共 {attempts} 次）</translation>
    </message>
    <message>
        <source>Google does not take the {tier} service tier for {model}; “{connection}” now uses Standard for this model. Run the job again.</source>
        <translation>Google 不为 {model} 提供 {tier} 服务层级；“{connection}”现在对此模型使用 Standard。请重新运行该任务。</translation>
    </message>
    <message>
        <source>The answer was empty.</source>
        <translation>响应为空。</translation>
    </message>
    <message>
        <source>A gateway takes only images as references, so “{name}” (a PDF or video) cannot go with this request. Use an AI Studio or Vertex AI connection for it.</source>
        <translation>网关只接受图像作为参考，因此“{name}”（PDF 或视频）无法随此请求发送。请改用 AI Studio 或 Vertex AI 连接。</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was not in the expected form.</source>
        <translation>网关的响应不是预期的格式。</translation>
    </message>
    <message>
        <source>The gateway answered with links to images instead of the images themselves; it must return b64_json.</source>
        <translation>网关返回的是图像链接而不是图像本身；它必须返回 b64_json。</translation>
    </message>
    <message>
        <source>The gateway answered without an image.</source>
        <translation>网关的响应中没有图像。</translation>
    </message>
    <message>
        <source>The answer was cut off after Google produced it — you may have been billed.</source>
        <translation>Google 生成响应后，响应被截断 — 可能已向您计费。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google (no answer within {seconds} s) — you may have been billed.</source>
        <translation>请求到达 Google 后超时（{seconds} 秒内无响应）— 可能已向您计费。</translation>
    </message>
    <message>
        <source>The request timed out after it reached Google — you may have been billed.</source>
        <translation>请求到达 Google 后超时 — 可能已向您计费。</translation>
    </message>
    <message>
        <source>The connection broke after the request reached Google, before its answer came — you may have been billed.</source>
        <translation>请求到达 Google 后、响应返回前连接中断 — 可能已向您计费。</translation>
    </message>
    <message>
        <source>{error} You may have been billed.</source>
        <translation>{error} 可能已向您计费。</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Drag as</source>
        <translation>拖出格式</translation>
    </message>
    <message>
        <source>Drag preset</source>
        <translation>拖放预设</translation>
    </message>
    <message>
        <source>The files you drag out of the app (or copy) are exported with this preset as you drop them</source>
        <translation>从应用中拖出（或复制）的文件会在放下时按此预设导出</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export what you see ({keys})</source>
        <translation>导出当前所见内容（{keys}）</translation>
    </message>
    <message numerus="yes">
        <source>Dragging %n image(s) as “{preset}”…</source>
        <translation>
            <numerusform>正在以“{preset}”拖动 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>Image copied as “{preset}”.</source>
        <translation>已以“{preset}”复制图像。</translation>
    </message>
    <message>
        <source>Select images in the Library, or show an image, to export.</source>
        <translation>请在图库中选择图像，或显示一张图像，然后再导出。</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message numerus="yes">
        <source>%n job(s) queued last time are waiting. Resume the queue to run them.</source>
        <translation>
            <numerusform>上次加入队列的 %n 个任务正在等待。请继续队列以运行它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The count must be 1 or more.</source>
        <translation>数量必须为 1 或以上。</translation>
    </message>
    <message>
        <source>There is no job {job}.</source>
        <translation>没有任务 {job}。</translation>
    </message>
    <message>
        <source>Job {job} is {status}; only failed, canceled or interrupted jobs can be run again.</source>
        <translation>任务 {job} 的状态为“{status}”；只有失败、已取消或已中断的任务才能重新运行。</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while starting jobs; the queue carries on. (Details for support: {error})</source>
        <translation>启动任务时发生意外错误；队列继续运行。（供技术支持参考的详细信息：{error}）</translation>
    </message>
    <message>
        <source>The daily quota of “{connection}” has reset; its jobs continue.</source>
        <translation>“{connection}”的每日配额已重置；其任务将继续。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for today reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>已达到今天 {cap} 的预算上限（已花费 {spent}）；队列已暂停。请提高上限或继续队列。</translation>
    </message>
    <message>
        <source>Budget cap of {cap} for this month reached ({spent} spent); the queue is paused. Raise the cap or resume to continue.</source>
        <translation>已达到本月 {cap} 的预算上限（已花费 {spent}）；队列已暂停。请提高上限或继续队列。</translation>
    </message>
    <message>
        <source>The job was canceled.</source>
        <translation>任务已取消。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this job.</source>
        <translation>此任务发生意外错误。</translation>
    </message>
    <message>
        <source>The budget cap is now {cap}; the queue continues.</source>
        <translation>预算上限现为 {cap}；队列继续运行。</translation>
    </message>
    <message>
        <source>The budget cap was removed; the queue continues.</source>
        <translation>预算上限已移除；队列继续运行。</translation>
    </message>
    <message>
        <source>The image had already arrived and was billed, so it is kept in the library instead of being canceled.</source>
        <translation>图像已经送达并已计费，因此保留在图库中，不予取消。</translation>
    </message>
    <message>
        <source>The spend includes {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>花费中包含 Google 可能已为运行中被中断的任务计费的 {possible}。</translation>
    </message>
    <message>
        <source>{error} Jobs for “{connection}” wait until then (in {wait}).</source>
        <translation>{error} “{connection}”的任务将等待到那时（{wait}后）。</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>The reference image {name} is missing from the library folder.</source>
        <translation>图库文件夹中缺少参考图像 {name}。</translation>
    </message>
    <message>
        <source>The image to edit is no longer in the library.</source>
        <translation>要编辑的图像已不在图库中。</translation>
    </message>
    <message>
        <source>The image to edit ({name}) cannot be read from the library.</source>
        <translation>无法从图库中读取要编辑的图像（{name}）。</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <extracomment>English is named in itself like the others.</extracomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>新语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Restart the app to use the new language.</source>
        <translation>请重新启动应用以使用新语言。</translation>
    </message>
</context>
<context>
    <name>LibrarySwitch</name>
    <message>
        <source>Open library</source>
        <translation>打开图库</translation>
    </message>
    <message>
        <source>The library in “{folder}” could not be opened.</source>
        <translation>无法打开“{folder}”中的图库。</translation>
    </message>
</context>
<context>
    <name>LibraryText</name>
    <message>
        <source>Pick</source>
        <translation>标记为留用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>标记为排除</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>取消标记</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>无色标</translation>
    </message>
    <message>
        <source>Red label</source>
        <translation>红色色标</translation>
    </message>
    <message>
        <source>Yellow label</source>
        <translation>黄色色标</translation>
    </message>
    <message>
        <source>Green label</source>
        <translation>绿色色标</translation>
    </message>
    <message>
        <source>Blue label</source>
        <translation>蓝色色标</translation>
    </message>
    <message numerus="yes">
        <source>{mark} (%n image(s))</source>
        <translation>
            <numerusform>{mark}（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>New board “{name}”</source>
        <translation>新建看板“{name}”</translation>
    </message>
    <message>
        <source>Delete board “{name}”</source>
        <translation>删除看板“{name}”</translation>
    </message>
    <message>
        <source>Board “{name}” deleted (its images stay in the library).</source>
        <translation>已删除看板“{name}”（其中的图像仍保留在图库中）。</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>重命名“{name}”</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>该看板</translation>
    </message>
    <message>
        <source>Add to “{board}”</source>
        <translation>添加到“{board}”</translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to “{board}”.</source>
        <translation>
            <numerusform>已将 %n 张图像添加到“{board}”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from “{board}”</source>
        <translation>从“{board}”中移除</translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>将 %n 张图像移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash.</source>
        <translation>
            <numerusform>已将 %n 张图像移到回收站。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be put back from the trash (emptied meanwhile?); they show as missing.</source>
        <translation>
            <numerusform>有 %n 个文件无法从回收站还原（回收站可能已被清空）；它们显示为缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>This change ({command}) could not be saved in the library.</source>
        <translation>此更改（{command}）无法保存到图库。</translation>
    </message>
    <message>
        <source>This library is open read-only. Open it again with “Open library…” and choose read-write to change it.</source>
        <translation>此图库以只读方式打开。要更改它，请通过“打开图库…”重新打开并选择读写方式。</translation>
    </message>
    <message>
        <source>The library is busy in another nbp-desktop window or command, so this change was not saved. Try again in a moment.</source>
        <translation>图库正被另一个 nbp-desktop 窗口或命令使用，因此此更改未保存。请稍后重试。</translation>
    </message>
    <message>
        <source>This library was written by a newer version of nbp-desktop; update the app to open it.</source>
        <translation>此图库由更新版本的 nbp-desktop 写入；请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The disk holding the library ({folder}) is full, so its database cannot be opened. Free some space, then start the app again. Nothing was changed.</source>
        <translation>图库所在的磁盘（{folder}）已满，因此无法打开其数据库。请释放一些空间，然后重新启动应用。未做任何更改。</translation>
    </message>
    <message>
        <source>The library database is locked by another program (a backup or sync tool, or another copy of the app). Close it, then try again. Nothing was changed.</source>
        <translation>图库数据库被另一个程序（备份或同步工具，或本应用的另一个副本）锁定。请将其关闭后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (read-only or permission denied). Use File → Open library… to look at it read-only, or fix the folder&apos;s permissions. Nothing was changed.</source>
        <translation>无法写入图库文件夹 {folder}（只读或权限被拒绝）。请使用“文件 → 打开图库…”以只读方式查看，或修正该文件夹的权限。未做任何更改。</translation>
    </message>
    <message>
        <source>The library database could not be read from the disk ({error}). Nothing was changed.</source>
        <translation>无法从磁盘读取图库数据库（{error}）。未做任何更改。</translation>
    </message>
    <message>
        <source>Details lost: this image&apos;s sidecar file could not be read, so only what the image file itself holds is known.</source>
        <translation>详细信息丢失：无法读取此图像的附属文件，因此只能获知图像文件本身包含的信息。</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>There is already a board called “{name}”.</source>
        <translation>已存在名为“{name}”的看板。</translation>
    </message>
    <message>
        <source>A board needs a name.</source>
        <translation>看板需要名称。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}. Free some space.</source>
        <translation>磁盘已满，无法将图像保存到 {folder}。请释放一些空间。</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be written to (permission denied or read-only).</source>
        <translation>无法写入图库文件夹 {folder}（权限被拒绝或只读）。</translation>
    </message>
    <message>
        <source>The image could not be saved in {folder}.</source>
        <translation>无法将图像保存到 {folder}。</translation>
    </message>
    <message>
        <source>The disk is full, so the image could not be saved in {folder}.</source>
        <translation>磁盘已满，无法将图像保存到 {folder}。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) is kept in {folder}; Run again saves it into the library without a new request.</source>
        <translation>{failure}。Google 生成的图像（已计费 {cost}）保存在 {folder} 中；“重新运行”会将其存入图库，而不发送新请求。</translation>
    </message>
    <message>
        <source>{failure}. The image Google made (billed {cost}) could not be kept anywhere else either.</source>
        <translation>{failure}。Google 生成的图像（已计费 {cost}）也无法保存到其他位置。</translation>
    </message>
    <message>
        <source>There is not enough free space for this image in {folder}: about {needed} is needed and {free} is free. Nothing was sent. Free some space, then run the job again.</source>
        <translation>{folder} 中没有足够的可用空间存放此图像：约需 {needed}，可用 {free}。未发送任何内容。请释放一些空间，然后重新运行该任务。</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <source>Loupe</source>
        <translation>放大视图</translation>
    </message>
    <message>
        <source>Space or Esc closes · ← → previous / next · P X U, 0–5, 6–9 mark</source>
        <translation>空格键或 Esc 关闭 · ← → 上一张/下一张 · P X U、0–5、6–9 标记</translation>
    </message>
    <message>
        <source>{caption} — the file is missing or cannot be read</source>
        <translation>{caption} — 文件缺失或无法读取</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>撰写</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Spent today (actual cost from Google&apos;s token counts)</source>
        <translation>今日花费（根据 Google 的 Token 计数得出的实际费用）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>导出当前所见内容：屏幕上的图像，或图库中的所选内容</translation>
    </message>
    <message>
        <source>Show library folder</source>
        <translation>显示图库文件夹</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>打开图库…</translation>
    </message>
    <message>
        <source>Look at another library folder (a copy, a shared drive, a USB stick)</source>
        <translation>查看另一个图库文件夹（副本、共享驱动器、U 盘）</translation>
    </message>
    <message>
        <source>Back to my library</source>
        <translation>返回我的图库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Paste reference image</source>
        <translation>粘贴参考图像</translation>
    </message>
    <message>
        <source>Add the image on the clipboard as a reference</source>
        <translation>将剪贴板中的图像添加为参考</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>复制所显示图像的提示词</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>Copy the shown image to the clipboard, in the drag preset</source>
        <translation>使用拖放预设将所显示的图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Use prompt</source>
        <translation>使用提示词</translation>
    </message>
    <message>
        <source>Put only the shown image&apos;s prompt in the compose pane</source>
        <translation>仅将所显示图像的提示词放入撰写面板</translation>
    </message>
    <message>
        <source>Find in library</source>
        <translation>在图库中查找</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>图像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Hide side panels</source>
        <translation>隐藏侧面板</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Generate (the image)</source>
        <translation>生成（图像）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Add a connection first (File → Settings).</source>
        <translation>请先添加连接（文件 → 设置）。</translation>
    </message>
    <message>
        <source>Write a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}” (the queue is paused).</source>
        <translation>
            <numerusform>已使用“{connection}”将 %n 个任务加入队列（队列已暂停）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) with “{connection}”.</source>
        <translation>
            <numerusform>已使用“{connection}”将 %n 个任务加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt copied.</source>
        <translation>已复制提示词。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Generate, review and hand off images made with Google&apos;s Gemini image models.</source>
        <translation>使用 Google 的 Gemini 图像模型生成、审阅和交付图像。</translation>
    </message>
    <message>
        <source>Library: {folder}</source>
        <translation>图库：{folder}</translation>
    </message>
    <message>
        <source>Today {spent} of {cap}</source>
        <translation>今日 {spent} / {cap}</translation>
    </message>
    <message>
        <source>Today {spent}</source>
        <translation>今日 {spent}</translation>
    </message>
    <message>
        <source>Spent today, including {possible} that Google may have billed for jobs interrupted while they ran.</source>
        <translation>今日花费，其中包含 Google 可能已为运行中被中断的任务计费的 {possible}。</translation>
    </message>
</context>
<context>
    <name>MessageBridge</name>
    <message>
        <source>Something unexpected went wrong. Your images are safe; the details below help us fix it.</source>
        <translation>发生意外错误。您的图像是安全的；以下详细信息可帮助我们修复问题。</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>{model} · retired {date}</source>
        <translation>{model} · 已于 {date} 停用</translation>
    </message>
    <message>
        <source>{model} · deprecated {date}</source>
        <translation>{model} · 已于 {date} 弃用</translation>
    </message>
    <message>
        <source>{model} · PDF, video refs</source>
        <translation>{model} · 支持 PDF、视频参考</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images, PDFs and videos as references.</source>
        <translation>{model}：{sizes}；接受图像、PDF 和视频作为参考。</translation>
    </message>
    <message>
        <source>{model}: {sizes}; takes images as references.</source>
        <translation>{model}：{sizes}；接受图像作为参考。</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>not billed</source>
        <translation>未计费</translation>
    </message>
    <message>
        <source>may have been billed</source>
        <translation>可能已计费</translation>
    </message>
    <message>
        <source>{free} (demo: would be {cost} on Google)</source>
        <translation>{free}（演示：在 Google 上为 {cost}）</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>费用：{cost}</translation>
    </message>
    <message>
        <source>Estimated cost: {cost}</source>
        <translation>估计费用：{cost}</translation>
    </message>
    <message>
        <source>Google did not charge for this request.</source>
        <translation>Google 未对此请求收费。</translation>
    </message>
    <message>
        <source>Google may have charged up to about {cost}: the request reached the model before it failed.</source>
        <translation>Google 可能已收取最多约 {cost} 的费用：请求在失败前已到达模型。</translation>
    </message>
    <message>
        <source>Demo: would be {cost} on Google.</source>
        <translation>演示：在 Google 上为 {cost}。</translation>
    </message>
    <message>
        <source>Charged by Google (from its token counts).</source>
        <translation>由 Google 收费（根据其 Token 计数）。</translation>
    </message>
    <message>
        <source>Estimated before sending.</source>
        <translation>发送前估计。</translation>
    </message>
    <message>
        <source>free in the demo (would be {cost} on Google)</source>
        <translation>演示中免费（在 Google 上为 {cost}）</translation>
    </message>
    <message>
        <source>about {cost}</source>
        <translation>约 {cost}</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <source>Why the queue waits</source>
        <translation>队列为何等待</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>The queue is paused.</source>
        <translation>队列已暂停。</translation>
    </message>
    <message>
        <source>Jobs for “{connection}” wait for its daily quota to reset (in {wait}).</source>
        <translation>“{connection}”的任务正在等待其每日配额重置（{wait}后）。</translation>
    </message>
    <message>
        <source>Paused: {reasons}</source>
        <translation>已暂停：{reasons}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Compared image</source>
        <translation>比较的图像</translation>
    </message>
    <message>
        <source>Model reply</source>
        <translation>模型回复</translation>
    </message>
    <message>
        <source>Image facts</source>
        <translation>图像信息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Every fact about the file: tokens, timings, seed, location</source>
        <translation>关于此文件的所有信息：Token、耗时、种子、位置</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>使图像适合视图</translation>
    </message>
    <message>
        <source>Actual pixels</source>
        <translation>实际像素</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>编辑此图像…</translation>
    </message>
    <message>
        <source>Ask for changes to this image</source>
        <translation>请求修改此图像</translation>
    </message>
    <message>
        <source>Re-render</source>
        <translation>重新渲染</translation>
    </message>
    <message>
        <source>The same picture again at a larger size</source>
        <translation>以更大的尺寸再次生成同一画面</translation>
    </message>
    <message>
        <source>at {size}</source>
        <translation>按 {size}</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>使用这些设置</translation>
    </message>
    <message>
        <source>Put this image&apos;s prompt and settings in the compose pane</source>
        <translation>将此图像的提示词和设置放入撰写面板</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>在查看器中打开</translation>
    </message>
    <message>
        <source>Open in the system&apos;s image viewer</source>
        <translation>在系统的图像查看器中打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Show the file in the file manager</source>
        <translation>在文件管理器中显示该文件</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Show the previous image side by side</source>
        <translation>并排显示上一张图像</translation>
    </message>
    <message>
        <source>Fit {percent} %</source>
        <translation>适合 {percent}%</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The file {name} is missing or cannot be read.</source>
        <translation>文件 {name} 缺失或无法读取。</translation>
    </message>
    <message>
        <source>{file} (labelled PNG by Google)</source>
        <translation>{file}（Google 标记为 PNG）</translation>
    </message>
    <message>
        <source>{prompt} in, {output} out, {thinking} thinking</source>
        <translation>输入 {prompt}，输出 {output}，思考 {thinking}</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>解码</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>响应方</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>at {size} — {price}</source>
        <translation>按 {size} — {price}</translation>
    </message>
    <message>
        <source>This image is already at the largest size (4K)</source>
        <translation>此图像已是最大尺寸（4K）</translation>
    </message>
    <message>
        <source>The same picture again at a larger size; the price is shown before anything is sent</source>
        <translation>以更大的尺寸再次生成同一画面；发送任何内容之前会先显示价格</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <source>made by a generative AI model</source>
        <translation>由生成式 AI 模型创建</translation>
    </message>
    <message>
        <source>a composite including AI-generated parts</source>
        <translation>包含 AI 生成部分的合成图像</translation>
    </message>
    <message>
        <source>made by an algorithm</source>
        <translation>由算法创建</translation>
    </message>
    <message>
        <source>a camera capture</source>
        <translation>相机拍摄</translation>
    </message>
    <message>
        <source>made with digital tools</source>
        <translation>使用数字工具创建</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已打开</translation>
    </message>
    <message>
        <source>resized</source>
        <translation>已调整大小</translation>
    </message>
    <message>
        <source>colours adjusted</source>
        <translation>已调整颜色</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>已重新编码</translation>
    </message>
    <message>
        <source>converted to another format</source>
        <translation>已转换为其他格式</translation>
    </message>
    <message>
        <source>metadata edited</source>
        <translation>已编辑元数据</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>已置入</translation>
    </message>
    <message>
        <source>cropped</source>
        <translation>已裁剪</translation>
    </message>
    <message>
        <source>No Content Credentials.</source>
        <translation>无内容凭据。</translation>
    </message>
    <message>
        <source>Damaged Content Credentials: the manifest in this file cannot be read.</source>
        <translation>内容凭据已损坏：无法读取此文件中的清单。</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>未知签名者</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is on this computer&apos;s trust list.</source>
        <translation>由 {signer} 签名；该证书在本计算机的信任列表中。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the picture was changed after signing: the signature no longer matches the pixels.</source>
        <translation>由 {signer} 签名，但签名后图片已被更改：签名与像素不再匹配。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signing certificate had expired.</source>
        <translation>由 {signer} 签名，但签名证书已过期。</translation>
    </message>
    <message>
        <source>Signed by {signer}, but the signature is not valid ({problems}).</source>
        <translation>由 {signer} 签名，但签名无效（{problems}）。</translation>
    </message>
    <message>
        <source>Signed by {signer}; the certificate is not on this computer&apos;s trust list.</source>
        <translation>由 {signer} 签名；该证书不在本计算机的信任列表中。</translation>
    </message>
    <message>
        <source>{title} (signed by {signer})</source>
        <translation>{title}（由 {signer} 签名）</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>较早的版本</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>damaged Content Credentials (cannot be read)</source>
        <translation>已损坏的内容凭据（无法读取）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>创建工具</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>成分</translation>
    </message>
    <message>
        <source>Stripping provenance removes Google&apos;s Content Credentials (the signed C2PA manifest that says the image was made by AI), no new credentials are added, and the AI source type and credit lines are left out of the XMP. The Original preset still copies the file byte for byte.</source>
        <translation>去除来源信息会移除 Google 的内容凭据（表明图像由 AI 生成的已签名 C2PA 清单），不会添加新的凭据，并且 XMP 中不包含 AI 来源类型和署名信息。“原始”预设仍会逐字节复制文件。</translation>
    </message>
    <message>
        <source>No signing certificate was chosen.</source>
        <translation>未选择签名证书。</translation>
    </message>
    <message>
        <source>The time-stamp server {url} could not be reached or refused the request.</source>
        <translation>无法连接时间戳服务器 {url}，或其拒绝了请求。</translation>
    </message>
    <message>
        <source>The certificate “{signer}” was refused for signing Content Credentials.</source>
        <translation>证书“{signer}”被拒绝用于内容凭据签名。</translation>
    </message>
    <message>
        <source>Content Credentials could not be added to the export.</source>
        <translation>无法向导出内容添加内容凭据。</translation>
    </message>
    <message>
        <source>Exports are signed with this computer&apos;s own certificate; Content Credentials viewers will call the signer “unknown”, because no public trust list knows it. Use your own certificate in Settings to be named.</source>
        <translation>导出内容使用本计算机自有的证书签名；由于没有公共信任列表认识该证书，内容凭据查看器会将签名者称为“未知”。要显示您的名称，请在“设置”中使用您自己的证书。</translation>
    </message>
    <message>
        <source>The signing certificate file {name} cannot be read.</source>
        <translation>无法读取签名证书文件 {name}。</translation>
    </message>
    <message>
        <source>{name} holds no certificate; it needs the certificate chain and the private key.</source>
        <translation>{name} 中没有证书；需要证书链和私钥。</translation>
    </message>
    <message>
        <source>{name} holds no private key; put the key in the same file as the certificate chain.</source>
        <translation>{name} 中没有私钥；请将私钥放入证书链所在的同一文件中。</translation>
    </message>
    <message>
        <source>The private key in {name} is protected by a password; enter it in Settings.</source>
        <translation>{name} 中的私钥受密码保护；请在“设置”中输入密码。</translation>
    </message>
    <message>
        <source>{name} must hold both a certificate and its private key.</source>
        <translation>{name} 必须同时包含证书及其私钥。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; enter it in Settings.</source>
        <translation>{name} 受密码保护；请在“设置”中输入密码。</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>{name} 的密码错误。</translation>
    </message>
    <message>
        <source>{name} is not a certificate file (PEM or PKCS#12) this app can read.</source>
        <translation>{name} 不是本应用可读取的证书文件（PEM 或 PKCS#12）。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} expired on {date}.</source>
        <translation>{name} 中的证书“{who}”已于 {date} 过期。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not valid before {date}.</source>
        <translation>{name} 中的证书“{who}”在 {date} 之前无效。</translation>
    </message>
    <message>
        <source>The key in {name} is of a kind Content Credentials cannot sign with (use EC, RSA or Ed25519).</source>
        <translation>{name} 中的密钥类型无法用于内容凭据签名（请使用 EC、RSA 或 Ed25519）。</translation>
    </message>
    <message>
        <source>The private key in {name} does not belong to the certificate “{who}”.</source>
        <translation>{name} 中的私钥与证书“{who}”不匹配。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is not a signing certificate: it is not allowed to sign documents (Content Credentials need one issued for document or e-mail signing).</source>
        <translation>{name} 中的证书“{who}”不是签名证书：不允许用于签署文档（内容凭据需要为文档或电子邮件签名颁发的证书）。</translation>
    </message>
    <message>
        <source>The certificate “{who}” in {name} is self-signed; Content Credentials need one issued by a certificate authority (include its chain in the file).</source>
        <translation>{name} 中的证书“{who}”是自签名证书；内容凭据需要由证书颁发机构颁发的证书（请在文件中包含其证书链）。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted — may have been billed</source>
        <translation>已中断 — 可能已计费</translation>
    </message>
    <message>
        <source>Re-render at {size}</source>
        <translation>按 {size} 重新渲染</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Waiting for the daily quota to reset (in {wait})</source>
        <translation>正在等待每日配额重置（{wait}后）</translation>
    </message>
    <message>
        <source>Queued (queue paused)</source>
        <translation>排队中（队列已暂停）</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Queue actions</source>
        <translation>队列操作</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>全部暂停</translation>
    </message>
    <message>
        <source>Pause the queue (running jobs finish)</source>
        <translation>暂停队列（运行中的任务会完成）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>取消所选任务</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Run failed, canceled or interrupted jobs again</source>
        <translation>重新运行失败、已取消或已中断的任务</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected queued job up</source>
        <translation>将所选的排队任务上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected queued job down</source>
        <translation>将所选的排队任务下移</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Remove finished jobs (images stay)</source>
        <translation>移除已完成的任务（图像会保留）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Google&apos;s message…</source>
        <translation>Google 的消息…</translation>
    </message>
    <message>
        <source>Show the service&apos;s own words for this failure</source>
        <translation>显示服务对此次失败的原始说明</translation>
    </message>
    <message>
        <source>checking the library…</source>
        <translation>正在检查图库…</translation>
    </message>
    <message>
        <source>{message}  Google&apos;s reason: {reason}</source>
        <translation>{message}  Google 给出的原因：{reason}</translation>
    </message>
    <message>
        <source>Google&apos;s message</source>
        <translation>Google 的消息</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <source>Resume the queue</source>
        <translation>继续队列</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>显示图像</translation>
    </message>
    <message>
        <source>Copy error message</source>
        <translation>复制错误消息</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <source>Google&apos;s message: {message}</source>
        <translation>Google 的消息：{message}</translation>
    </message>
    <message>
        <source>Error message copied.</source>
        <translation>已复制错误消息。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue; their images stay in the library.</source>
        <translation>
            <numerusform>已从队列中移除 %n 个任务；其图像仍保留在图库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue resumed.</source>
        <translation>队列已继续。</translation>
    </message>
    <message>
        <source>Queue paused; running jobs finish, nothing new starts.</source>
        <translation>队列已暂停；运行中的任务会完成，不会启动新任务。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n finished job(s); their images stay in the library.</source>
        <translation>
            <numerusform>已清除 %n 个已完成的任务；其图像仍保留在图库中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecallDrops</name>
    <message>
        <source>Settings recalled from the dropped image.</source>
        <translation>已从拖入的图像中调用设置。</translation>
    </message>
    <message>
        <source>Not made by this app, so it was added as a reference image.</source>
        <translation>该图像并非由此应用生成，因此已将其添加为参考图像。</translation>
    </message>
</context>
<context>
    <name>RecoveryText</name>
    <message>
        <source>The library database was empty (0 bytes).</source>
        <translation>图库数据库为空（0 字节）。</translation>
    </message>
    <message>
        <source>The library database could not be read.</source>
        <translation>无法读取图库数据库。</translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and restored from the backup of {when}; jobs, ratings, boards and spend history are as they were then, and %n images made since were added from their files.</source>
        <translation>
            <numerusform>{problem} 该数据库已移至 {name}，并已从 {when} 的备份中恢复；任务、星级、看板和花费历史记录均为当时的状态，之后生成的 %n 张图像已从其文件中添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{problem} It was moved aside to {name} and the library was rebuilt from the image files (%n images found); there was no backup, so ratings, boards and spend history could not be recovered.</source>
        <translation>
            <numerusform>{problem} 该数据库已移至 {name}，并已根据图像文件重建图库（找到 %n 张图像）；由于没有备份，星级、看板和花费历史记录无法恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library database could not be read, so the library is shown from its image files (%n images found); ratings and boards are not available.</source>
        <translation>
            <numerusform>无法读取图库数据库，因此根据图像文件显示图库（找到 %n 张图像）；星级和看板不可用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were interrupted when the app stopped and may have been billed. They are marked in the queue; run them again if you still want them.</source>
        <translation>
            <numerusform>应用停止时有 %n 个任务被中断，可能已计费。它们已在队列中标出；如果仍需要，请重新运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) that had finished while the app stopped were saved.</source>
        <translation>
            <numerusform>已保存在应用停止期间完成的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is not an nbp-desktop library: it has neither {database} nor a “{folder}” folder.</source>
        <translation>“{name}”不是 nbp-desktop 图库：其中既没有 {database}，也没有“{folder}”文件夹。</translation>
    </message>
</context>
<context>
    <name>ReferenceStrip</name>
    <message>
        <source>Reference images</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <source>Reference images: drop files here, paste with {keys}, drag to reorder, Delete removes</source>
        <translation>参考图像：将文件拖放到此处，按 {keys} 粘贴，拖动可调整顺序，按 Delete 移除</translation>
    </message>
    <message>
        <source>Drop reference images here
or paste with {keys}</source>
        <translation>将参考图像拖放到此处
或按 {keys} 粘贴</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n reference images.</source>
        <translation>
            <numerusform>此模型最多接受 %n 张参考图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图像。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountDrop</name>
    <message>
        <source>Drop the service-account JSON file here</source>
        <translation>将服务账号 JSON 文件拖放到此处</translation>
    </message>
    <message>
        <source>Service-account file drop area</source>
        <translation>服务账号文件拖放区域</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Queue &amp;&amp; budget</source>
        <translation>队列和预算</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Content Credentials</source>
        <translation>内容凭据</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available.&lt;/b&gt; Secrets cannot be stored safely, so connections cannot be added. On Linux, install and unlock GNOME Keyring or KWallet (Secret Service).</source>
        <translation>&lt;b&gt;没有可用的系统钥匙串。&lt;/b&gt;无法安全地存储机密信息，因此无法添加连接。在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet（Secret Service）。</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain ({backend}), never in a settings file.</source>
        <translation>密钥存储在系统钥匙串（{backend}）中，绝不会存储在设置文件中。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>宽高比</translation>
    </message>
    <message>
        <source>Jobs sent at the same time through one connection</source>
        <translation>通过一个连接同时发送的任务数</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Requests per minute per connection, kept on our side so Google&apos;s rate limits are not hit</source>
        <translation>每个连接每分钟的请求数，由本应用控制，以免触及 Google 的速率限制</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Jobs at once per connection</source>
        <translation>每个连接同时运行的任务数</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>A connection can have limits of its own (Connections → Edit). Changes apply at once.</source>
        <translation>连接可以有自己的限制（连接 → 编辑）。更改会立即生效。</translation>
    </message>
    <message>
        <source>Budget cap</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <source>When the cap is reached the queue pauses; nothing is lost.</source>
        <translation>达到上限时队列会暂停；不会丢失任何内容。</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout for {size}</source>
        <translation>{size} 的超时时间</translation>
    </message>
    <message>
        <source>Tries per job when Google is overloaded or the network drops</source>
        <translation>Google 过载或网络中断时每个任务的尝试次数</translation>
    </message>
    <message>
        <source>from the system (HTTPS_PROXY)</source>
        <translation>来自系统（HTTPS_PROXY）</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>无（系统证书）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Use HTTP/2 where the server offers it</source>
        <translation>在服务器支持时使用 HTTP/2</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>Proxy, certificate and HTTP/2 changes apply after a restart.</source>
        <translation>代理、证书和 HTTP/2 的更改在重新启动后生效。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>图库文件夹</translation>
    </message>
    <message>
        <source>To use another library folder, start the app with --data-dir FOLDER (or set NBP_DATA_DIR).</source>
        <translation>要使用其他图库文件夹，请使用 --data-dir FOLDER 启动应用（或设置 NBP_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Log event-loop stalls (for troubleshooting)</source>
        <translation>记录事件循环卡顿（用于故障排除）</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>{jobs} at once, {requests}/min</source>
        <translation>同时 {jobs} 个，{requests}/分钟</translation>
    </message>
    <message>
        <source>{jobs} at once</source>
        <translation>同时 {jobs} 个</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove “{name}” and delete its key from the keychain?</source>
        <translation>移除“{name}”并从钥匙串中删除其密钥？</translation>
    </message>
    <message>
        <source>Testing “{name}”…</source>
        <translation>正在测试“{name}”…</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>the queue&apos;s setting</source>
        <translation>队列的设置</translation>
    </message>
    <message>
        <source>that connection is left out</source>
        <translation>已忽略该连接</translation>
    </message>
    <message>
        <source>a list of export presets</source>
        <translation>导出预设的列表</translation>
    </message>
    <message>
        <source>the built-in presets</source>
        <translation>内置预设</translation>
    </message>
    <message>
        <source>a new one (keys stored under the old one must be entered again)</source>
        <translation>新的标识符（以旧标识符存储的密钥必须重新输入）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>There is no connection named “{name}” (connections: {known}).</source>
        <translation>没有名为“{name}”的连接（现有连接：{known}）。</translation>
    </message>
    <message>
        <source>Settings: &quot;connections&quot; must be a list of connections; using none.</source>
        <translation>设置：&quot;connections&quot; 必须是连接列表；将不使用任何连接。</translation>
    </message>
    <message>
        <source>that preset is left out</source>
        <translation>已忽略该预设</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({reason}).</source>
        <translation>无法读取设置文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Settings: the file is not text (UTF-8); using the default settings.</source>
        <translation>设置：该文件不是文本（UTF-8）；将使用默认设置。</translation>
    </message>
    <message>
        <source>Settings: the file is not valid JSON (line {line}, column {column}); using the default settings.</source>
        <translation>设置：该文件不是有效的 JSON（第 {line} 行，第 {column} 列）；将使用默认设置。</translation>
    </message>
    <message>
        <source>Settings: the file must hold one JSON object; using the default settings.</source>
        <translation>设置：该文件必须只包含一个 JSON 对象；将使用默认设置。</translation>
    </message>
    <message>
        <source>Settings: the file could not be corrected ({reason}); it is left as it is.</source>
        <translation>设置：无法修正该文件（{reason}）；保持原样。</translation>
    </message>
    <message>
        <source>Settings: the original file is kept as {name}.</source>
        <translation>设置：原文件已保留为 {name}。</translation>
    </message>
    <message>
        <source>These settings were written by a newer version of nbp-desktop; update the app before changing them.</source>
        <translation>这些设置由更新版本的 nbp-desktop 写入；请先更新应用，再修改设置。</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数字</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a name (text that is not empty)</source>
        <translation>名称（非空文本）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; using {fallback}.</source>
        <translation>设置：&quot;{path}&quot; 必须是{rule}；将使用：{fallback}。</translation>
    </message>
    <message>
        <source>it is left out</source>
        <translation>已忽略该项</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; {left_out}.</source>
        <translation>设置：&quot;{path}&quot; 必须是一组设置；{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be a group of settings; using its defaults.</source>
        <translation>设置：&quot;{path}&quot; 必须是一组设置；将使用其默认值。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; must be {rule}; {left_out}.</source>
        <translation>设置：&quot;{path}&quot; 必须是{rule}；{left_out}。</translation>
    </message>
    <message>
        <source>Settings: &quot;{path}&quot; has no &quot;{field}&quot;; {left_out}.</source>
        <translation>设置：&quot;{path}&quot; 缺少 &quot;{field}&quot;；{left_out}。</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import prompt sheet</source>
        <translation>导入提示词表格</translation>
    </message>
    <message>
        <source>No sheet chosen.</source>
        <translation>未选择表格。</translation>
    </message>
    <message>
        <source>Choose sheet…</source>
        <translation>选择表格…</translation>
    </message>
    <message>
        <source>Paste table</source>
        <translation>粘贴表格</translation>
    </message>
    <message>
        <source>Use rows copied from a spreadsheet (the first row is the header)</source>
        <translation>使用从电子表格复制的行（第一行为标题行）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Batch at half price (Google runs it within 24 h)</source>
        <translation>半价批处理（Google 在 24 小时内运行）</translation>
    </message>
    <message>
        <source>Interactive (the queue, full price)</source>
        <translation>交互式（队列，全价）</translation>
    </message>
    <message>
        <source>Run as</source>
        <translation>运行方式</translation>
    </message>
    <message>
        <source>Cloud Storage bucket</source>
        <translation>Cloud Storage 存储桶</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Leave out the rows with problems and send the rest</source>
        <translation>忽略有问题的行，发送其余行</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Choose a prompt sheet</source>
        <translation>选择提示词表格</translation>
    </message>
    <message>
        <source>Prompt sheets (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>提示词表格 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Pasted sheet</source>
        <translation>粘贴的表格</translation>
    </message>
    <message>
        <source>This sheet cannot be imported:</source>
        <translation>无法导入此表格：</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>模型默认值</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first {shown} of {total} rows. %n row(s) with problems:</source>
        <translation>
            <numerusform>显示 {total} 行中的前 {shown} 行。有问题的行共 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} rows. Every row is valid.</source>
        <translation>显示 {total} 行中的前 {shown} 行。所有行均有效。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems:</source>
        <translation>
            <numerusform>有问题的行共 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>所有行均有效。</translation>
    </message>
    <message>
        <source>{kind} has no batch mode; this sheet can only run through the queue at the interactive price.</source>
        <translation>{kind} 没有批处理模式；此表格只能以交互式价格通过队列运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): {batch} at batch price · {interactive} interactive</source>
        <translation>
            <numerusform>%n 张图像：{batch}（批处理价格）· {interactive}（交互式）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the Cloud Storage bucket Vertex reads the requests from and writes the results to; the service account needs Storage Object Admin on it.</source>
        <translation>请填写 Vertex 从中读取请求并向其写入结果的 Cloud Storage 存储桶名称；服务账号需要对该存储桶拥有 Storage Object Admin 角色。</translation>
    </message>
</context>
<context>
    <name>ShortcutText</name>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Compose pane</source>
        <translation>撰写面板</translation>
    </message>
    <message>
        <source>“Edit this image” box</source>
        <translation>“编辑此图像”框</translation>
    </message>
    <message>
        <source>The image (Generate tab)</source>
        <translation>图像（“生成”选项卡）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Library grid</source>
        <translation>图库网格</translation>
    </message>
    <message>
        <source>The image or the Library grid</source>
        <translation>图像或图库网格</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>Queue the generation</source>
        <translation>将生成加入队列</translation>
    </message>
    <message>
        <source>Queue the edit</source>
        <translation>将编辑加入队列</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Export what you see: the image on screen, or the Library&apos;s selection</source>
        <translation>导出当前所见内容：屏幕上的图像，或图库中的所选内容</translation>
    </message>
    <message>
        <source>Open another library</source>
        <translation>打开另一个图库</translation>
    </message>
    <message>
        <source>Import a prompt sheet (batch or queue)</source>
        <translation>导入提示词表格（批处理或队列）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo the last change to the library</source>
        <translation>撤销对图库的上一次更改</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>重做已撤销的操作</translation>
    </message>
    <message>
        <source>Paste a reference image</source>
        <translation>粘贴参考图像</translation>
    </message>
    <message>
        <source>Copy the shown image&apos;s prompt</source>
        <translation>复制所显示图像的提示词</translation>
    </message>
    <message>
        <source>Copy the shown image (in the drag preset)</source>
        <translation>复制所显示的图像（使用拖放预设）</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>搜索图库</translation>
    </message>
    <message>
        <source>Fit the image in the view</source>
        <translation>使图像适合视图</translation>
    </message>
    <message>
        <source>Actual pixels (100%)</source>
        <translation>实际像素（100%）</translation>
    </message>
    <message>
        <source>Zoom in (or the wheel)</source>
        <translation>放大（或使用滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (or the wheel)</source>
        <translation>缩小（或使用滚轮）</translation>
    </message>
    <message>
        <source>Go to the prompt</source>
        <translation>转到提示词</translation>
    </message>
    <message>
        <source>Go to the image (Generate tab)</source>
        <translation>转到图像（“生成”选项卡）</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>转到图库</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>转到队列</translation>
    </message>
    <message>
        <source>Minimize the window</source>
        <translation>最小化窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Edit this image…</source>
        <translation>编辑此图像…</translation>
    </message>
    <message>
        <source>Compare with the previous image</source>
        <translation>与上一张图像比较</translation>
    </message>
    <message>
        <source>Cancel the selected jobs</source>
        <translation>取消所选任务</translation>
    </message>
    <message>
        <source>Run the selected jobs again</source>
        <translation>重新运行所选任务</translation>
    </message>
    <message>
        <source>Move the selected job up</source>
        <translation>上移所选任务</translation>
    </message>
    <message>
        <source>Move the selected job down</source>
        <translation>下移所选任务</translation>
    </message>
    <message>
        <source>Hide the side panels, and show them again</source>
        <translation>隐藏侧面板，或再次显示</translation>
    </message>
    <message>
        <source>Full screen, and back</source>
        <translation>切换全屏</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>标记为留用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>标记为排除</translation>
    </message>
    <message>
        <source>Unflag</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <source>1 to 5 stars</source>
        <translation>1 到 5 星</translation>
    </message>
    <message>
        <source>No stars</source>
        <translation>无星级</translation>
    </message>
    <message>
        <source>Red, yellow, green, blue label</source>
        <translation>红色、黄色、绿色、蓝色色标</translation>
    </message>
    <message>
        <source>Loupe at 100%</source>
        <translation>100% 放大视图</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>比较两张所选图像</translation>
    </message>
    <message>
        <source>Add the selection to the last board</source>
        <translation>将所选图像添加到上一个看板</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>将所选图像移到回收站</translation>
    </message>
    <message>
        <source>Open large in the Generate tab</source>
        <translation>在“生成”选项卡中放大打开</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SourceStrip</name>
    <message>
        <source>Images to export</source>
        <translation>要导出的图像</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupText</name>
    <message>
        <source>The library folder cannot be opened: {reason}</source>
        <translation>无法打开图库文件夹：{reason}</translation>
    </message>
    <message>
        <source>The library could not be checked: {reason}</source>
        <translation>无法检查图库：{reason}</translation>
    </message>
    <message>
        <source>Demo: images are made locally by the built-in emulator and cost {cost}.</source>
        <translation>演示：图像由内置模拟器在本地生成，费用为 {cost}。</translation>
    </message>
</context>
</TS>
